package org.egate.lane.journal;

/**
 * Where forwarded records go: the server's crossing ingest (its HTTP client implements this). The
 * payload is sent as it was journaled, with the entry's key as the idempotency key.
 */
public interface JournalSink {

  /** What the receiver said. */
  enum Acknowledgement {
    /** Stored now. */
    STORED,
    /** Already stored under this key earlier (a retry after a lost answer): nothing doubled. */
    ALREADY_STORED,
    /** The receiver will never take this record (malformed): retrying cannot help. */
    REJECTED
  }

  /**
   * Delivers one record.
   *
   * @throws SinkUnavailableException when the receiver cannot be reached or did not answer; the
   *     record stays pending and is sent again later with the same key
   */
  Acknowledgement deliver(JournalEntry entry) throws SinkUnavailableException;
}
