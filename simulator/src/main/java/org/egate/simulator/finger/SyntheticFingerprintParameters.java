package org.egate.simulator.finger;

/**
 * Every number of the synthetic fingerprint generator. Defaults follow the published SFinGe
 * ranges at 500 dpi: ridge period 8-11 px (0.4-0.55 mm), impression rotation within about 10
 * degrees, elastic distortion of a few pixels growing away from the contact centre.
 *
 * @param width image width in pixels (500 dpi)
 * @param height image height in pixels
 * @param meanRidgePeriod mean ridge period in pixels
 * @param ridgePeriodSpread half-range of the smooth period variation in pixels
 * @param orientationNoise amplitude (radians) of the smooth per-finger orientation perturbation
 * @param singularPointSpread range of the per-finger jitter of each core and delta, as a fraction
 *     of the image width and height
 * @param ridgeWander amplitude (radians, before clamping) of the per-finger fine orientation field:
 *     ridges wander by a few degrees every few ridge periods, as real ridges do; without it the
 *     flow is so regular that impostor minutiae line up by chance (decision 0155)
 * @param ridgeWanderWavelength wavelength of that fine field in pixels
 * @param flowCorrection amplitude (radians) of the per-finger Vizcaya-Gerhardt correction of the
 *     flow around each singular point
 * @param seedPoints number of seed points the Gabor growth starts from
 * @param growthIterations Gabor filtering iterations
 * @param maxRotationDegrees impression rotation range (+-)
 * @param maxTranslationPixels impression translation range (+-)
 * @param maxDistortionPixels elastic displacement amplitude at the edge of the contact
 * @param minContact smallest contact region, as a fraction of the finger's extent
 * @param noiseSigma grey-level noise standard deviation
 * @param ridgeNoise amplitude of the per-impression skin texture that breaks and bridges ridges
 *     (pattern values are in [-1, 1])
 */
public record SyntheticFingerprintParameters(
    int width,
    int height,
    double meanRidgePeriod,
    double ridgePeriodSpread,
    double orientationNoise,
    double singularPointSpread,
    double ridgeWander,
    double ridgeWanderWavelength,
    double flowCorrection,
    int seedPoints,
    int growthIterations,
    double maxRotationDegrees,
    double maxTranslationPixels,
    double maxDistortionPixels,
    double minContact,
    double noiseSigma,
    double ridgeNoise) {

  /** The generator's defaults: a 16 x 20 mm plain impression at 500 dpi. */
  public static final SyntheticFingerprintParameters DEFAULTS =
      new SyntheticFingerprintParameters(320, 400, 9.5, 1.5, 0.6, 0.3, 0.6, 60, 0.3, 120, 10, 15, 25, 12, 0.65, 16, 0.8);

  public SyntheticFingerprintParameters {
    if (width < 64 || height < 64) {
      throw new IllegalArgumentException("image must be at least 64x64 but was " + width + "x" + height);
    }
    if (!(meanRidgePeriod - ridgePeriodSpread >= 5)) {
      throw new IllegalArgumentException("ridge period must stay >= 5 px but could reach " + (meanRidgePeriod - ridgePeriodSpread));
    }
    if (!(ridgeWander >= 0) || !(ridgeWanderWavelength >= 2 * (meanRidgePeriod + ridgePeriodSpread))) {
      throw new IllegalArgumentException("ridge wander must be >= 0 with a wavelength of at least two ridge periods but was "
          + ridgeWander + " rad at " + ridgeWanderWavelength + " px");
    }
    if (seedPoints < 1 || growthIterations < 1) {
      throw new IllegalArgumentException("need at least one seed point and one iteration");
    }
    if (!(minContact > 0 && minContact <= 1)) {
      throw new IllegalArgumentException("minContact must be in (0, 1] but was " + minContact);
    }
  }
}
