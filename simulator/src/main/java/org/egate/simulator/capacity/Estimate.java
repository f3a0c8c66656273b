package org.egate.simulator.capacity;

/**
 * A quantity estimated over independent replications: their mean and the half-width of its 95 %
 * confidence interval (Student's t with replications - 1 degrees of freedom).
 */
public record Estimate(double mean, double halfWidth95) {
  // t(0.975, df) for df = 1..30; beyond 30 the Cornish-Fisher expansion below is within 0.1 %
  private static final double[] T975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
  };
  private static final double Z975 = 1.959963984540054;

  public Estimate {
    if (!Double.isFinite(mean) || !(halfWidth95 >= 0)) {
      throw new IllegalArgumentException("an estimate needs a finite mean and half-width >= 0 but was " + mean + " ± " + halfWidth95);
    }
  }

  public static Estimate of(double[] values) {
    int n = values.length;
    if (n < 2) {
      throw new IllegalArgumentException("an interval needs at least 2 replications but had " + n);
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new Estimate(mean, t975(n - 1) * sd / Math.sqrt(n));
  }

  static double t975(int df) {
    if (df <= T975.length) {
      return T975[df - 1];
    }
    double z = Z975;
    return z + (z * z * z + z) / (4.0 * df) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96.0 * df * df);
  }

  public double low() {
    return mean - halfWidth95;
  }

  public double high() {
    return mean + halfWidth95;
  }
}
