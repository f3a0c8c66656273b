package org.egate.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the hash-chained audit log inside the caller's transaction: the use case and its
 * entry commit together or not at all. Appends are serialized by a transaction-scoped advisory
 * lock so every entry names its true predecessor, even with several servers on one database.
 */
@Component
public class AuditLog {
  /** Advisory lock key for the chain head ("EGATEAUD" as ASCII). */
  private static final long CHAIN_LOCK = 0x4547415445415544L;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records one entry; must run inside the use case's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long append(String actor, AuditAction action, String subject, String reason, String detail) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).single();
    Optional<Head> head =
        jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
            .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
            .optional();
    long seq = head.map(h -> h.seq + 1).orElse(1L);
    byte[] prev = head.map(h -> h.hash).orElse(AuditEntry.GENESIS);
    Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    byte[] hash = AuditEntry.hashOf(seq, at, actor, action.name(), subject, reason, detail, prev);
    jdbc.sql(
            "insert into audit_entry (seq, at, actor, action, subject, reason, detail, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(seq, Timestamp.from(at), actor, action.name(), subject, reason, detail, prev, hash)
        .update();
    return seq;
  }

  private record Head(long seq, byte[] hash) {}
}
