package org.egate.simulator.endtoend;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.egate.lane.device.simulated.DeviceProfiles;

/**
 * What one end-to-end run is asked to do.
 *
 * @param workDir a private folder for the server's database, the lanes' journals and the
 *     fingerprint and face images; the caller deletes it
 * @param faces an LFW-layout folder of real faces; empty: the face-api demo photos (decision 0130)
 * @param fingers an FVC-layout folder of real fingerprints; empty: synthetic fingerprints
 * @param computeSlots lanes computing at the same time (decision 0131): each real lane has its own
 *     computer, but this run puts M lanes, the server and the engines in one process on a few
 *     cores, so lanes take turns for their compute and software time is measured once a lane has
 *     its turn (the wait is reported apart)
 * @param devices the lanes' device figures (docs/DEVICES.md; {@code --devices FILE})
 */
public record EndToEndParameters(int travelers, int lanes, long seed, Path workDir, Optional<Path> faces,
    Optional<Path> fingers, int computeSlots, DeviceProfiles devices) {
  /** Lanes the seeded site catalogue can give one run (open lanes at every site). */
  public static final int MAX_LANES = 16;

  public EndToEndParameters {
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(faces, "faces");
    Objects.requireNonNull(fingers, "fingers");
    Objects.requireNonNull(devices, "devices");
    if (travelers < 1 || travelers > 100_000) {
      throw new IllegalArgumentException("--travelers must be 1-100000 but was " + travelers);
    }
    if (lanes < 1 || lanes > MAX_LANES) {
      throw new IllegalArgumentException("--lanes must be 1-" + MAX_LANES + " but was " + lanes);
    }
    if (computeSlots < 1) {
      throw new IllegalArgumentException("compute slots must be >= 1 but was " + computeSlots);
    }
  }

  /** Demo faces; one compute slot per core beyond the one left to the server. */
  public EndToEndParameters(int travelers, int lanes, long seed, Path workDir) {
    this(travelers, lanes, seed, workDir, Optional.empty(), Optional.empty(), defaultComputeSlots(), DeviceProfiles.TYPICAL);
  }

  public static int defaultComputeSlots() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }
}
