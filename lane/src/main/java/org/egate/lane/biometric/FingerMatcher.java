package org.egate.lane.biometric;

import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.FingerImpression;

/** Fingerprint 1:1 comparison at the lane. */
public interface FingerMatcher {

  /** Whether this matcher can compare with an enrolled template of that format. */
  default boolean reads(BiometricTemplate enrolled) {
    return true;
  }

  /** Similarity of the impression to one enrolled finger (higher is more alike). */
  double compare(FingerImpression impression, BiometricTemplate enrolled);
}
