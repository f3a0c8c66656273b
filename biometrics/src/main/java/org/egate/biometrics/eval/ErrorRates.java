package org.egate.biometrics.eval;

/**
 * Error rates at one threshold: one point of a DET curve.
 *
 * @param threshold the score threshold, in the caller's orientation
 * @param fmr false match rate: share of impostor comparisons accepted, in [0, 1]
 * @param fnmr false non-match rate: share of genuine comparisons rejected, in [0, 1]
 */
public record ErrorRates(double threshold, double fmr, double fnmr) {
  public ErrorRates {
    if (!(fmr >= 0 && fmr <= 1)) {
      throw new IllegalArgumentException("FMR must be in [0, 1] but was " + fmr);
    }
    if (!(fnmr >= 0 && fnmr <= 1)) {
      throw new IllegalArgumentException("FNMR must be in [0, 1] but was " + fnmr);
    }
  }
}
