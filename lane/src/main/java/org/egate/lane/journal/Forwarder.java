package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends pending journal records to the sink in journal order and marks each forwarded once
 * acknowledged. Stops at the first unavailable answer (the rest would fail too, and order is kept);
 * the next drain resumes there. A crash between the acknowledgement and the mark sends the record
 * again, which the idempotency key makes harmless.
 */
public final class Forwarder {

  private final Journal journal;
  private final JournalSink sink;

  public Forwarder(Journal journal, JournalSink sink) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** Forwards what it can now; never throws for an unreachable server. */
  public DrainReport drain() {
    int stored = 0;
    int already = 0;
    List<IdempotencyKey> rejected = new ArrayList<>();
    for (JournalEntry entry : journal.pending()) {
      JournalSink.Acknowledgement ack;
      try {
        ack = sink.deliver(entry);
      } catch (SinkUnavailableException unavailable) {
        break;
      }
      switch (ack) {
        case STORED -> stored++;
        case ALREADY_STORED -> already++;
        case REJECTED -> rejected.add(entry.key());
      }
      try {
        journal.markForwarded(entry.key());
      } catch (IOException e) {
        throw new UncheckedIOException("journal " + journal.file() + ": cannot mark " + entry.key() + " forwarded", e);
      }
    }
    return new DrainReport(stored, already, rejected, journal.pendingCount());
  }
}
