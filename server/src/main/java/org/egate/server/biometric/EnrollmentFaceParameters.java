package org.egate.server.biometric;

import java.util.List;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.quality.QualityCheck;
import org.egate.biometrics.face.quality.QualityThresholds;

/** Every choice about enrollment face captures in one place, with why (decision 0100). */
final class EnrollmentFaceParameters {
  /** Enrollment pipeline: portraits and tight crops accepted (a face need not be found in a scene). */
  static final FaceParameters PIPELINE = FaceParameters.enrollment();
  /**
   * The gate's calibrated quality bounds (docs/FACE-QUALITY-CALIBRATION.md, 2026-11-27): a capture
   * enrolled under them would also pass the quality check at the lane, so the enrolled face is
   * never one the gate itself would refuse to compare.
   */
  static final QualityThresholds QUALITY = QualityThresholds.gate();
  /** Which failed item names the refusal when several fail (see {@link FaceApiTemplates#reasonFor}). */
  static final List<QualityCheck> REASON_ORDER = List.of(QualityCheck.FACE_COUNT, QualityCheck.INTER_EYE_DISTANCE,
      QualityCheck.EYES_OCCLUDED, QualityCheck.NOSE_MOUTH_OCCLUDED, QualityCheck.HEAD_COVERED, QualityCheck.YAW,
      QualityCheck.PITCH, QualityCheck.ROLL, QualityCheck.SHARPNESS, QualityCheck.EXPOSURE);

  private EnrollmentFaceParameters() {}
}
