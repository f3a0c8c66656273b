package org.egate.server.console.oversight;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.egate.border.reason.ReasonCode;
import org.egate.server.audit.AuditVerifier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Oversight pages: today's decisions by reason code and by site (counts only, no personal data),
 * and for auditors the audit log with a button that verifies the hash chain.
 */
@Controller
class OversightController {
  static final int AUDIT_PAGE = 100;
  /** The acceptance reason codes, as an SQL list of constants (enum names, never user input). */
  private static final String ACCEPTS = java.util.Arrays.stream(ReasonCode.values()).filter(r -> r.outcome().isAccept())
      .map(r -> "'" + r.name() + "'").collect(java.util.stream.Collectors.joining(","));

  private final JdbcClient jdbc;
  private final AuditVerifier verifier;
  private final Clock clock;

  OversightController(JdbcClient jdbc, AuditVerifier verifier, Clock clock) {
    this.jdbc = jdbc;
    this.verifier = verifier;
    this.clock = clock;
  }

  record ReasonCount(ReasonCode reason, long count) {}

  record SiteCount(String site, long accepted, long notAccepted) {}

  record AuditLine(Long seq, Instant at, String actor, String action, String subject, String reason, String detail) {}

  @GetMapping("/console/statistics")
  String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
    LocalDate d = day == null ? LocalDate.now(clock) : day;
    List<ReasonCount> byReason = jdbc.sql("select reason_code, count(*) from crossing where day = ? group by reason_code order by 2 desc, 1")
        .param(Date.valueOf(d)).query((rs, n) -> new ReasonCount(ReasonCode.valueOf(rs.getString(1)), rs.getLong(2))).list();
    List<SiteCount> bySite = jdbc.sql("select site_id, count(*) filter (where reason_code in (" + ACCEPTS + ")),"
            + " count(*) filter (where reason_code not in (" + ACCEPTS + ")) from crossing where day = ? group by site_id order by site_id")
        .param(Date.valueOf(d))
        .query((rs, n) -> new SiteCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    model.addAttribute("day", d);
    model.addAttribute("byReason", byReason);
    model.addAttribute("bySite", bySite);
    model.addAttribute("total", byReason.stream().mapToLong(ReasonCount::count).sum());
    model.addAttribute("openReferrals", jdbc.sql("select count(*) from referral where status = 'OPEN'").query(Long.class).single());
    return "console/statistics";
  }

  @GetMapping("/console/audit")
  String audit(Model model) {
    model.addAttribute("entries", jdbc.sql("select seq, at, actor, action, subject, reason, detail from audit_entry order by id desc limit " + AUDIT_PAGE)
        .query((rs, n) -> new AuditLine(rs.getObject(1) == null ? null : rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
        .list());
    return "console/audit";
  }

  /** The verdict fragment that the "verify chain" button swaps in. */
  @PostMapping("/console/audit/verification")
  String verify(Model model) {
    model.addAttribute("verdict", verifier.verify());
    return "console/audit :: verdict";
  }
}
