package org.egate.biometrics.face.quality;

/**
 * Thresholds of the quality report, calibrated on images (docs/FACE-QUALITY-CALIBRATION.md gives
 * the data, the measured distributions and the date).
 */
public record QualityThresholds(
    int maxFaces,
    double minInterEyePixels,
    double maxYawDegrees,
    double maxPitchDegrees,
    double maxRollDegrees,
    double minSharpness,
    double minExposure,
    double maxExposure,
    double minEyeToCheekLuma,
    double maxMaskScore,
    double maxHatScore) {

  /**
   * Gate capture. Each bound sits near the 2nd/98th percentile of clean LFW dev faces (so about 2 %
   * of clean faces fail each occlusion item) and below the synthesized or real occlusions
   * (calibration of 2026-11-27, docs/FACE-QUALITY-CALIBRATION.md).
   */
  public static QualityThresholds gate() {
    return new QualityThresholds(1, 40, 30, 25, 15, 15, 50, 235, 0.42, 1.0, 1.0);
  }
}
