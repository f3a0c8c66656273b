package org.egate.lane.clearance;

import java.util.Objects;
import org.egate.lane.biometric.IndexFinger;

/** One fingerprint comparison: which enrolled finger, which attempt, what score. */
public record FingerScore(int attempt, IndexFinger finger, double score) {

  public FingerScore {
    Objects.requireNonNull(finger, "finger");
  }
}
