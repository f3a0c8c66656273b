package org.egate.lane.biometric;

import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.Frame;

/** Face quality and 1:1 comparison at the lane. */
public interface FaceMatcher {

  /** Counts faces and names what keeps this frame from being matched. */
  FaceAssessment assess(Frame frame);

  /**
   * Whether this matcher can compare with an enrolled template of that format (engines change; a
   * template from another engine is skipped, and the fingerprint decides).
   */
  default boolean reads(BiometricTemplate enrolled) {
    return true;
  }

  /** Similarity of the face in a usable frame to the enrolled face (higher is more alike). */
  double compare(Frame frame, BiometricTemplate enrolled);
}
