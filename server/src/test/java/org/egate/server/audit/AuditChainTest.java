package org.egate.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.egate.server.TestServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the audit log by SQL is detected. Each scenario disables the append-only
 * trigger (as a database superuser could), tampers, verifies, then restores the row so the
 * shared chain stays intact for the other tests.
 */
class AuditChainTest {
  private final JdbcClient jdbc = TestServer.bean(JdbcClient.class);
  private final AuditLog log = TestServer.bean(AuditLog.class);
  private final AuditVerifier verifier = TestServer.bean(AuditVerifier.class);
  private final TransactionTemplate tx = TestServer.bean(TransactionTemplate.class);

  private long append(String subject) {
    return tx.execute(s -> log.append("officer1", AuditAction.PERSONAL_DATA_READ, subject, "test", "detail"));
  }

  @Test
  void anUntouchedChainVerifies() {
    append("traveler:a");
    append("traveler:b");
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void theDatabaseRefusesUpdatesAndDeletes() {
    long seq = append("traveler:c");
    assertThatThrownBy(() -> jdbc.sql("update audit_entry set reason = 'x' where seq = ?").param(seq).update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update())
        .hasMessageContaining("append-only");
  }

  @Test
  void anEditedEntryIsDetected() {
    append("traveler:d");
    long seq = append("traveler:e");
    append("traveler:f");
    tampering(() -> jdbc.sql("update audit_entry set actor = 'someone-else' where seq = ?").param(seq).update());
    try {
      AuditVerifier.Verdict v = verifier.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBadSeq()).isEqualTo(seq);
      assertThat(v.problem()).contains("altered");
    } finally {
      tampering(() -> jdbc.sql("update audit_entry set actor = 'officer1' where seq = ?").param(seq).update());
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aRemovedEntryIsDetected() {
    append("traveler:g");
    long seq = append("traveler:h");
    append("traveler:i");
    record Row(java.sql.Timestamp at, String actor, String action, String subject, String reason, String detail, byte[] prev, byte[] hash) {}
    Row row = jdbc.sql("select at, actor, action, subject, reason, detail, prev_hash, hash from audit_entry where seq = ?").param(seq)
        .query((rs, n) -> new Row(rs.getTimestamp(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8)))
        .single();
    tampering(() -> jdbc.sql("delete from audit_entry where seq = ?").param(seq).update());
    try {
      AuditVerifier.Verdict v = verifier.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBadSeq()).isEqualTo(seq);
      assertThat(v.problem()).contains("missing");
    } finally {
      tampering(() -> jdbc.sql("insert into audit_entry values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(seq, row.at, row.actor, row.action, row.subject, row.reason, row.detail, row.prev, row.hash).update());
    }
    assertThat(verifier.verify().intact()).isTrue();
  }

  @Test
  void aRemovedAndRenumberedEntryIsDetectedByTheBrokenLink() {
    long a = append("traveler:j");
    long b = append("traveler:k");
    // Replace b by a forged entry with the right sequence number but computed without knowing a's hash.
    byte[] forgedHash = AuditEntry.hashOf(b, java.time.Instant.parse("2026-01-01T00:00:00Z"), "x", "OVERRIDE", "s", "r", "d", new byte[32]);
    tampering(() -> jdbc.sql("update audit_entry set prev_hash = ?, hash = ?, at = ?, actor = 'x', action = 'OVERRIDE', subject = 's', reason = 'r', detail = 'd' where seq = ?")
        .params(new byte[32], forgedHash, java.sql.Timestamp.from(java.time.Instant.parse("2026-01-01T00:00:00Z")), b).update());
    try {
      AuditVerifier.Verdict v = verifier.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBadSeq()).isEqualTo(b);
      assertThat(v.problem()).contains("does not link");
    } finally {
      tampering(() -> jdbc.sql("delete from audit_entry where seq >= ?").param(b).update());
    }
    assertThat(a).isLessThan(b);
  }

  /** Runs SQL with the append-only trigger off, as a superuser could; serialized against appends. */
  private void tampering(Runnable sql) {
    synchronized (AuditChainTest.class) {
      tx.executeWithoutResult(s -> {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(0x4547415445415544L).query((rs, n) -> 1).single();
        jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update();
        sql.run();
        jdbc.sql("alter table audit_entry enable trigger audit_entry_no_change").update();
      });
    }
  }
}
