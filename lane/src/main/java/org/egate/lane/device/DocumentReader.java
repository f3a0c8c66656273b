package org.egate.lane.device;

import java.time.Duration;

/** The passport reader: senses a document on its glass and reads the MRZ (the chip comes later). */
public interface DocumentReader {

  /** Waits up to {@code timeout} for a document to be placed; false when none came. */
  boolean awaitDocument(Duration timeout) throws DeviceFault;

  /**
   * Reads the document on the glass.
   *
   * @throws DeviceFault when the reader itself fails (not when the document is unreadable)
   */
  DocumentReading read() throws DeviceFault;
}
