package org.egate.server.audit;

import java.security.MessageDigest;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the audit chain in order and reports the first entry that was edited (its hash no longer
 * matches its fields), removed (a gap in the sequence or a broken link to its predecessor) or
 * reordered.
 */
@Component
public class AuditVerifier {
  private final JdbcClient jdbc;

  AuditVerifier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The verdict over the whole chain. */
  public record Verdict(boolean intact, long entries, Long firstBadSeq, String problem, String headHash) {}

  public Verdict verify() {
    State state = new State();
    jdbc.sql(
            "select seq, at, actor, action, subject, reason, detail, prev_hash, hash"
                + " from audit_entry order by seq")
        .query(
            rs -> {
              if (state.problem != null) {
                return;
              }
              long seq = rs.getLong(1);
              Instant at = rs.getTimestamp(2).toInstant();
              byte[] prev = rs.getBytes(8);
              byte[] hash = rs.getBytes(9);
              state.count++;
              if (seq != state.expectedSeq) {
                state.fail(state.expectedSeq, "entry " + state.expectedSeq + " is missing (next is " + seq + ")");
                return;
              }
              if (!MessageDigest.isEqual(prev, state.prevHash)) {
                state.fail(seq, "entry " + seq + " does not link to its predecessor");
                return;
              }
              byte[] expected =
                  AuditEntry.hashOf(
                      seq, at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                      rs.getString(7), prev);
              if (!MessageDigest.isEqual(expected, hash)) {
                state.fail(seq, "entry " + seq + " was altered (its hash does not match its fields)");
                return;
              }
              state.prevHash = hash;
              state.expectedSeq = seq + 1;
            });
    return new Verdict(
        state.problem == null,
        state.count,
        state.badSeq,
        state.problem,
        java.util.HexFormat.of().formatHex(state.prevHash));
  }

  private static final class State {
    long expectedSeq = 1;
    long count;
    byte[] prevHash = AuditEntry.GENESIS;
    Long badSeq;
    String problem;

    void fail(long seq, String why) {
      badSeq = seq;
      problem = why;
    }
  }
}
