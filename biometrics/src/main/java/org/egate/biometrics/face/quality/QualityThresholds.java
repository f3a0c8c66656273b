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

  /** Gate capture: ICAO-style pose limits, relaxed a little for a walking traveler. */
  public static QualityThresholds gate() {
    return new QualityThresholds(1, 40, 20, 20, 10, 20, 60, 200, 0.55, 1.0, 1.0);
  }
}
