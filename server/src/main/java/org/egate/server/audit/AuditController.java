package org.egate.server.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Auditors page through the log and verify the chain on a running server. */
@RestController
class AuditController {
  private final JdbcClient jdbc;
  private final AuditVerifier verifier;

  AuditController(JdbcClient jdbc, AuditVerifier verifier) {
    this.jdbc = jdbc;
    this.verifier = verifier;
  }

  record Entry(long seq, Instant at, String actor, String action, String subject, String reason, String detail) {}

  @GetMapping("/api/audit")
  List<Entry> entries(@RequestParam(value = "after", defaultValue = "0") long after,
      @RequestParam(value = "limit", defaultValue = "100") int limit) {
    return jdbc.sql("select seq, at, actor, action, subject, reason, detail from audit_entry where seq > ? order by seq limit ?")
        .params(after, Math.max(1, Math.min(limit, 1000)))
        .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7)))
        .list();
  }

  @GetMapping("/api/audit/verification")
  AuditVerifier.Verdict verify() {
    return verifier.verify();
  }
}
