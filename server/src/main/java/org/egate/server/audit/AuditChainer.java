package org.egate.server.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the hash chain, oldest first, in batches: {@code seq} is the
 * next chain position, {@code prev_hash} the head's hash, {@code hash} over both and the entry's
 * fields. One chainer at a time per database (transaction-scoped advisory lock). Runs every 200
 * ms and on demand before a verification.
 */
@Component
public class AuditChainer {
  /** Advisory lock key for the chain head ("EGATEAUD" as ASCII). */
  static final long CHAIN_LOCK = 0x4547415445415544L;
  private static final int BATCH = 5000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate tx;

  AuditChainer(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.template = template;
    this.tx = tx;
  }

  /** Chains every entry committed so far; returns how many it chained. */
  public int chainPending() {
    int total = 0;
    int n;
    do {
      n = tx.execute(s -> chainBatch(true));
      total += n;
    } while (n == BATCH);
    return total;
  }

  @Scheduled(fixedDelay = 200)
  void tick() {
    int n;
    do {
      n = tx.execute(s -> chainBatch(false));
    } while (n == BATCH);
  }

  private record Pending(long id, Timestamp at, String actor, String action, String subject, String reason, String detail) {}

  private int chainBatch(boolean wait) {
    String lock = wait ? "select pg_advisory_xact_lock(?)::text" : "select pg_try_advisory_xact_lock(?)::text";
    String got = jdbc.sql(lock).param(CHAIN_LOCK).query(String.class).single();
    if (!wait && !"true".equals(got)) {
      return 0;
    }
    List<Pending> pending = jdbc.sql("select id, at, actor, action, subject, reason, detail from audit_entry where seq is null order by id limit ?")
        .param(BATCH)
        .query((rs, i) -> new Pending(rs.getLong(1), rs.getTimestamp(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7)))
        .list();
    if (pending.isEmpty()) {
      return 0;
    }
    record Head(long seq, byte[] hash) {}
    Optional<Head> head = jdbc.sql("select seq, hash from audit_entry where seq is not null order by seq desc limit 1")
        .query((rs, i) -> new Head(rs.getLong(1), rs.getBytes(2))).optional();
    long seq = head.map(Head::seq).orElse(0L);
    byte[] prev = head.map(Head::hash).orElse(AuditEntry.GENESIS);
    List<Object[]> updates = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      seq++;
      byte[] hash = AuditEntry.hashOf(seq, p.at.toInstant(), p.actor, p.action, p.subject, p.reason, p.detail, prev);
      updates.add(new Object[] {seq, prev, hash, p.id});
      prev = hash;
    }
    template.batchUpdate("update audit_entry set seq = ?, prev_hash = ?, hash = ? where id = ?", updates);
    return pending.size();
  }
}
