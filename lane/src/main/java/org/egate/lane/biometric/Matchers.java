package org.egate.lane.biometric;

import java.util.Objects;

/** The lane's two matchers and the thresholds it decides with. */
public record Matchers(FaceMatcher face, FingerMatcher finger, MatchThresholds thresholds) {

  public Matchers {
    Objects.requireNonNull(face, "face");
    Objects.requireNonNull(finger, "finger");
    Objects.requireNonNull(thresholds, "thresholds");
  }
}
