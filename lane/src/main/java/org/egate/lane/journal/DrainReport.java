package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import java.util.List;

/**
 * One drain of the journal: how many records the server took now, how many it already had, which
 * it rejected for good, and how many are still pending (non-zero when the server went away).
 */
public record DrainReport(int stored, int alreadyStored, List<IdempotencyKey> rejected, int stillPending) {

  public DrainReport {
    rejected = List.copyOf(rejected);
  }

  public boolean drained() {
    return stillPending == 0;
  }
}
