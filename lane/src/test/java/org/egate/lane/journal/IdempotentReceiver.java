package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stand-in for the server's crossing ingest: keeps each key once, and can be taken down, or made
 * to store a record and then lose the answer (the nastiest moment for a crash).
 */
final class IdempotentReceiver implements JournalSink {

  final Map<IdempotencyKey, byte[]> stored = new LinkedHashMap<>();
  int deliveries;
  boolean up = true;
  /** Deliveries left before the receiver goes down by itself (negative: never). */
  int goesDownAfter = -1;
  /** Store the next record, then fail as if the answer was lost. */
  boolean loseNextAnswer;

  @Override
  public Acknowledgement deliver(JournalEntry entry) throws SinkUnavailableException {
    if (goesDownAfter == 0) {
      up = false;
    }
    if (!up) {
      throw new SinkUnavailableException("receiver down");
    }
    if (goesDownAfter > 0) {
      goesDownAfter--;
    }
    deliveries++;
    boolean fresh = stored.putIfAbsent(entry.key(), entry.payload()) == null;
    if (loseNextAnswer) {
      loseNextAnswer = false;
      throw new SinkUnavailableException("connection reset after the server committed");
    }
    return fresh ? Acknowledgement.STORED : Acknowledgement.ALREADY_STORED;
  }
}
