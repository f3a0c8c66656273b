package org.egate.simulator.endtoend;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one end-to-end run is asked to do.
 *
 * @param workDir a private folder for the server's database, the lanes' journals and the
 *     fingerprint images; the caller deletes it
 */
public record EndToEndParameters(int travelers, int lanes, long seed, Path workDir) {
  /** Lanes the seeded site catalogue can give one run (open lanes at every site). */
  public static final int MAX_LANES = 16;

  public EndToEndParameters {
    Objects.requireNonNull(workDir, "workDir");
    if (travelers < 1 || travelers > 100_000) {
      throw new IllegalArgumentException("--travelers must be 1-100000 but was " + travelers);
    }
    if (lanes < 1 || lanes > MAX_LANES) {
      throw new IllegalArgumentException("--lanes must be 1-" + MAX_LANES + " but was " + lanes);
    }
  }
}
