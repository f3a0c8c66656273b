package org.egate.lane.biometric;

import java.util.Objects;

/**
 * The thresholds the lane decides with, and where they came from (an operating point of the
 * engines, e.g. "face FMR 0.1 % on LFW, 2026-11-27"). Every decision records them.
 */
public record MatchThresholds(double face, double finger, String source) {

  public MatchThresholds {
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(face) || !Double.isFinite(finger)) {
      throw new IllegalArgumentException("thresholds must be finite but were face " + face + ", finger " + finger);
    }
  }
}
