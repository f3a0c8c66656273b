package org.egate.lane.clearance;

import java.io.IOException;
import java.util.Objects;
import org.egate.lane.journal.DrainReport;
import org.egate.lane.journal.Forwarder;
import org.egate.lane.journal.Journal;
import org.egate.lane.journal.JournalSink;

/**
 * The outbox on the lane's durable journal: records are appended with fsync, then drained to the
 * sink; once everything is forwarded and the file has grown past {@link #COMPACT_ABOVE_BYTES}, the
 * journal is compacted.
 */
public final class JournalOutbox implements CrossingOutbox {

  /** About a thousand crossings with their forwarding marks. */
  public static final long COMPACT_ABOVE_BYTES = 4L << 20;

  private final Journal journal;
  private final Forwarder forwarder;
  private DrainReport lastDrain = new DrainReport(0, 0, java.util.List.of(), 0);

  public JournalOutbox(Journal journal, JournalSink sink) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.forwarder = new Forwarder(journal, sink);
  }

  @Override
  public void record(CrossingRecord record) throws IOException {
    journal.append(record.key(), CrossingRecordJson.encode(record));
  }

  @Override
  public synchronized void forward() {
    lastDrain = forwarder.drain();
    try {
      if (lastDrain.drained() && journal.sizeBytes() > COMPACT_ABOVE_BYTES) {
        journal.compact();
      }
    } catch (IOException e) {
      // Compaction only saves space; the journal stays correct without it, and the next drain tries again.
    }
  }

  public synchronized DrainReport lastDrain() {
    return lastDrain;
  }

  public int pending() {
    return journal.pendingCount();
  }
}
