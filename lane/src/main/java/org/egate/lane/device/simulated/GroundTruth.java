package org.egate.lane.device.simulated;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What was really in front of the simulated camera and on the simulated scanner, by frame and
 * impression id: the simulated matchers read it instead of analysing pixels. Real matchers never
 * see it.
 */
public final class GroundTruth {

  /** The truth of one frame. */
  public record FrameTruth(String biometricId, int faces, Set<Accessory> worn, boolean lookingAway,
      boolean recognizable) {}

  /** The truth of one fingerprint impression. */
  public record ImpressionTruth(String biometricId, boolean readable) {}

  private final Map<Long, FrameTruth> frames = new HashMap<>();
  private final Map<Long, ImpressionTruth> impressions = new HashMap<>();
  private long nextId = 1;

  long nextId() {
    return nextId++;
  }

  void recordFrame(long id, FrameTruth truth) {
    frames.put(id, truth);
  }

  void recordImpression(long id, ImpressionTruth truth) {
    impressions.put(id, truth);
  }

  FrameTruth frame(long id) {
    FrameTruth truth = frames.get(id);
    if (truth == null) {
      throw new IllegalArgumentException("frame " + id + " was not taken by a simulated camera");
    }
    return truth;
  }

  ImpressionTruth impression(long id) {
    ImpressionTruth truth = impressions.get(id);
    if (truth == null) {
      throw new IllegalArgumentException("impression " + id + " was not taken by a simulated scanner");
    }
    return truth;
  }
}
