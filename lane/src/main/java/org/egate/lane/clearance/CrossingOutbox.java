package org.egate.lane.clearance;

import java.io.IOException;

/**
 * Where the lane puts crossing records: durably first ({@link #record} returns only once the
 * record would survive a crash), then on to the server ({@link #forward}, which never blocks the
 * lane on an unreachable server).
 */
public interface CrossingOutbox {

  /** Writes the record durably; the exit door opens only after this returns. */
  void record(CrossingRecord record) throws IOException;

  /** Sends what is pending, as far as the server takes it now. */
  void forward();
}
