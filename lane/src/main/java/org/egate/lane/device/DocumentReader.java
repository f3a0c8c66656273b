package org.egate.lane.device;

import java.time.Duration;

/** The passport reader: reads the MRZ (the chip comes later). */
public interface DocumentReader {

  /**
   * Waits up to {@code timeout} for a document and reads it.
   *
   * @throws DeviceFault when the reader itself fails (not when the document is unreadable)
   */
  DocumentReading read(Duration timeout) throws DeviceFault;
}
