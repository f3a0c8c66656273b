package org.egate.lane.clearance;

import java.util.Objects;
import org.egate.border.biometric.FingerPosition;

/** One fingerprint comparison: which enrolled finger, which attempt, what score. */
public record FingerScore(int attempt, FingerPosition finger, double score) {

  public FingerScore {
    Objects.requireNonNull(finger, "finger");
  }
}
