package org.egate.simulator.capacity;

import java.util.random.RandomGenerator;

/**
 * Log-normal service times given by median and 95th percentile, the two numbers a stopwatch or a
 * published figure gives (same convention as the lane's simulated devices, docs/DEVICES.md).
 */
public record LogNormalServiceTimes(double medianSeconds, double p95Seconds, String source) implements ServiceTimes {
  private static final double Z95 = 1.6448536269514722;

  /**
   * The stated default when no measured times are supplied: median 12 s, the source's "about 12 s"
   * per passage (e-gate-system-zh.md); p95 18 s, Germany's EasyPASS figure, the slow end of the
   * published range (Hong Kong 7 s, Singapore 10 s). Assumptions in docs/CAPACITY.md.
   */
  public static final LogNormalServiceTimes DEFAULT =
      new LogNormalServiceTimes(12.0, 18.0,
          "log-normal default: median 12 s (source text), p95 18 s (EasyPASS); docs/CAPACITY.md");

  public LogNormalServiceTimes {
    if (!(medianSeconds > 0) || !Double.isFinite(medianSeconds)) {
      throw new IllegalArgumentException("median service time must be a positive number of seconds but was " + medianSeconds);
    }
    if (!(p95Seconds > medianSeconds) || !Double.isFinite(p95Seconds)) {
      throw new IllegalArgumentException(
          "p95 service time must exceed the median " + medianSeconds + " s but was " + p95Seconds);
    }
  }

  double sigma() {
    return Math.log(p95Seconds / medianSeconds) / Z95;
  }

  @Override
  public double sampleSeconds(RandomGenerator random) {
    return medianSeconds * Math.exp(sigma() * random.nextGaussian());
  }

  @Override
  public double meanSeconds() {
    double s = sigma();
    return medianSeconds * Math.exp(s * s / 2);
  }
}
