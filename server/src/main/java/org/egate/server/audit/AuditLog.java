package org.egate.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log inside the caller's transaction: the use case and its entry commit
 * together or not at all. The entry gets its place in the hash chain from {@link AuditChainer}
 * once committed, so concurrent use cases never queue behind one another (decision 0052).
 */
@Component
public class AuditLog {
  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records one entry and returns its id; must run inside the use case's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long append(String actor, AuditAction action, String subject, String reason, String detail) {
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return jdbc.sql("insert into audit_entry (at, actor, action, subject, reason, detail) values (?, ?, ?, ?, ?, ?) returning id")
        .params(Timestamp.from(at), actor, action.name(), subject, reason, detail)
        .query(Long.class)
        .single();
  }
}
