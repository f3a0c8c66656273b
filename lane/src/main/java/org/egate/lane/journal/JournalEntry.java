package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import java.util.Objects;

/** One journaled record: its position in the journal, its key and its payload bytes. */
public record JournalEntry(long sequence, IdempotencyKey key, byte[] payload) {

  public JournalEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(payload, "payload");
  }

  @Override
  public String toString() {
    return "JournalEntry[" + sequence + ", " + key + ", " + payload.length + " bytes]";
  }
}
