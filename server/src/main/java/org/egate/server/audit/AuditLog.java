package org.egate.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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

  private final JdbcTemplate template;

  AuditLog(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.clock = clock;
  }

  /** An entry not yet written, stamped when the event happened (see {@link #appendAll}). */
  public record Pending(Instant at, String actor, AuditAction action, String subject, String reason, String detail) {}

  /** An entry to write later with {@link #appendAll}, stamped now. */
  public Pending entry(String actor, AuditAction action, String subject, String reason, String detail) {
    return new Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), actor, action, subject, reason, detail);
  }

  /**
   * Records several entries with one batched insert (a group commit's, decision 0090); must run
   * inside the transaction that commits the events they record. Ids follow the list's order.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void appendAll(List<Pending> entries) {
    if (entries.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(entries.size());
    for (Pending e : entries) {
      rows.add(new Object[] {Timestamp.from(e.at()), e.actor(), e.action().name(), e.subject(), e.reason(), e.detail()});
    }
    template.batchUpdate("insert into audit_entry (at, actor, action, subject, reason, detail) values (?, ?, ?, ?, ?, ?)", rows);
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
