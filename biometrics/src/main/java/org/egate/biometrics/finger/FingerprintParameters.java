package org.egate.biometrics.finger;

import java.time.Duration;

/**
 * Every tuning number of the fingerprint pipeline in one place. Values marked "calibrated" were
 * read off FVC2002 DB1_B-DB4_B and the SourceAFIS fixtures (docs/ACCURACY.md, "Fingerprint");
 * the rest are safety budgets.
 *
 * @param maxInputBytes inputs larger than this are refused before any decoding
 * @param maxPixels width x height budget, checked from the header before decoding
 * @param decodeTimeout wall-clock budget for decoding one image
 * @param defaultDpi resolution assumed when neither caller nor file says (FVC and most
 *     single-finger scanners: 500)
 * @param minDpi lowest resolution accepted
 * @param maxDpi highest resolution accepted
 * @param minSideMm shortest image side accepted, in millimetres
 * @param maxSideMm longest image side accepted, in millimetres: bounds extraction time and
 *     memory (SourceAFIS works at 500 dpi; 1000x1000 px takes seconds), 2 inches covers any
 *     single-finger capture (FBI flats are 1.6 x 1.5 inches)
 * @param blockMm side of the square blocks of the ridge-area mask, in millimetres
 * @param minBlockContrast grey-level standard deviation a ridge block needs
 * @param minBlockCoherence gradient orientation coherence (0 noise .. 1 parallel ridges) a ridge
 *     block needs
 * @param minRidgeAreaMm2 usable ridge area below which the print is NO_RIDGES
 * @param minUsableAreaMm2 usable ridge area below which the print is TOO_SMALL (calibrated)
 * @param minMinutiae minutiae count below which the print is TOO_FEW_MINUTIAE (calibrated)
 */
public record FingerprintParameters(
    long maxInputBytes,
    long maxPixels,
    Duration decodeTimeout,
    double defaultDpi,
    double minDpi,
    double maxDpi,
    double minSideMm,
    double maxSideMm,
    double blockMm,
    double minBlockContrast,
    double minBlockCoherence,
    double minRidgeAreaMm2,
    double minUsableAreaMm2,
    int minMinutiae) {

  /** The defaults egate ships with. */
  public static final FingerprintParameters DEFAULTS =
      new FingerprintParameters(
          16L << 20, // 16 MiB: a 1000 dpi plain image of a whole hand is well below
          12_000_000L, // 4000 x 3000 pixels
          Duration.ofSeconds(3),
          500,
          250,
          1500,
          6.0,
          50.8,
          0.8, // 16 px at 500 dpi: about two ridge periods
          6.0,
          0.25,
          4.0,
          40.0,
          8);

  public FingerprintParameters {
    if (maxInputBytes <= 0 || maxPixels <= 0 || decodeTimeout.isNegative() || decodeTimeout.isZero()) {
      throw new IllegalArgumentException("budgets must be positive");
    }
    if (!(minDpi > 0 && minDpi <= defaultDpi && defaultDpi <= maxDpi)) {
      throw new IllegalArgumentException(
          "need 0 < minDpi <= defaultDpi <= maxDpi but was " + minDpi + ", " + defaultDpi + ", " + maxDpi);
    }
  }

  /** A copy with a different minimum minutiae count (for measuring the quality gate). */
  public FingerprintParameters withMinMinutiae(int count) {
    return new FingerprintParameters(maxInputBytes, maxPixels, decodeTimeout, defaultDpi, minDpi, maxDpi,
        minSideMm, maxSideMm, blockMm, minBlockContrast, minBlockCoherence, minRidgeAreaMm2, minUsableAreaMm2, count);
  }

  /** A copy with a different minimum usable area. */
  public FingerprintParameters withMinUsableAreaMm2(double area) {
    return new FingerprintParameters(maxInputBytes, maxPixels, decodeTimeout, defaultDpi, minDpi, maxDpi,
        minSideMm, maxSideMm, blockMm, minBlockContrast, minBlockCoherence, minRidgeAreaMm2, area, minMinutiae);
  }
}
