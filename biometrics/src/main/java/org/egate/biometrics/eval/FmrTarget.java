package org.egate.biometrics.eval;

import java.math.BigDecimal;
import java.util.List;

/**
 * A false match rate to operate at, as a fraction in (0, 1): 0.001 is FMR 0.1 %.
 *
 * @param fraction the target FMR
 */
public record FmrTarget(double fraction) implements Comparable<FmrTarget> {
  /** FMR 1 %. */
  public static final FmrTarget ONE_PERCENT = new FmrTarget(0.01);
  /** FMR 0.1 %: BSI TR-03121 for face and fingerprint at a border gate. */
  public static final FmrTarget ONE_PER_THOUSAND = new FmrTarget(0.001);
  /** FMR 0.05 %: EU Entry/Exit System. */
  public static final FmrTarget FIVE_PER_TEN_THOUSAND = new FmrTarget(0.0005);
  /** FMR 0.01 %. */
  public static final FmrTarget ONE_PER_TEN_THOUSAND = new FmrTarget(0.0001);

  /** The three targets every evaluation reports ({@code fnmrAt} keys "0.01", "0.001", "0.0001"). */
  public static final List<FmrTarget> REPORTED =
      List.of(ONE_PERCENT, ONE_PER_THOUSAND, ONE_PER_TEN_THOUSAND);

  public FmrTarget {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("FMR target must be a fraction in (0, 1) but was " + fraction);
    }
  }

  /** Parses a key such as "0.001". */
  public static FmrTarget parse(String key) {
    try {
      return new FmrTarget(Double.parseDouble(key));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("FMR target must be a decimal fraction but was '" + key + "'", e);
    }
  }

  /** The plain decimal used as a JSON key: "0.01", "0.001", "0.0001" (never "1.0E-4"). */
  public String key() {
    return BigDecimal.valueOf(fraction).stripTrailingZeros().toPlainString();
  }

  @Override
  public int compareTo(FmrTarget other) {
    return Double.compare(fraction, other.fraction);
  }

  @Override
  public String toString() {
    return "FMR " + key();
  }
}
