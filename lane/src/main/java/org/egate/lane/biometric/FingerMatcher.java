package org.egate.lane.biometric;

import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.FingerImpression;

/** Fingerprint 1:1 comparison at the lane. */
public interface FingerMatcher {

  /** Similarity of the impression to one enrolled finger (higher is more alike). */
  double compare(FingerImpression impression, BiometricTemplate enrolled);
}
