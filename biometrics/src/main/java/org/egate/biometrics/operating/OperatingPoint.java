package org.egate.biometrics.operating;

import java.util.Objects;
import org.egate.biometrics.eval.FmrTarget;

/**
 * One operating point: the score threshold that gave at most the target FMR on the data set.
 *
 * @param target the FMR target this threshold serves
 * @param threshold the score threshold (accept when at least this similar)
 * @param measuredFmr FMR measured at the threshold, in [0, 1]
 * @param measuredFnmr FNMR measured at the threshold, in [0, 1]
 */
public record OperatingPoint(FmrTarget target, double threshold, double measuredFmr, double measuredFnmr) {
  public OperatingPoint {
    Objects.requireNonNull(target, "target");
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("threshold for " + target + " must be finite but was " + threshold);
    }
    requireRate("measuredFmr", measuredFmr);
    requireRate("measuredFnmr", measuredFnmr);
  }

  private static void requireRate(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be a fraction in [0, 1] but was " + rate);
    }
  }
}
