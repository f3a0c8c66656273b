package org.egate.lane.device;

/** What the document reader saw when asked to read. */
public sealed interface DocumentReading {

  /** An MRZ was read. */
  record Read(MrzText mrz) implements DocumentReading {}

  /** A document lies on the reader but its MRZ could not be read (worn, misplaced, glare). */
  record Unreadable(String why) implements DocumentReading {}

  /** The document was taken off the glass before it could be read. */
  record Absent() implements DocumentReading {}
}
