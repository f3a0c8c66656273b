package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** How long a device operation takes, drawn from a distribution with an injected generator. */
@FunctionalInterface
public interface Latency {

  Duration sample(RandomGenerator random);

  static Latency fixed(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("latency cannot be negative but was " + duration);
    }
    return random -> duration;
  }

  /**
   * A log-normal latency given by its median and 95th percentile: device times are positive and
   * right-skewed (most reads are quick, a few take several tries), which a log-normal captures with
   * two numbers a data sheet or a stopwatch can give.
   */
  static Latency logNormal(Duration median, Duration p95) {
    if (median.isNegative() || median.isZero() || p95.compareTo(median) < 0) {
      throw new IllegalArgumentException(
          "need 0 < median <= p95 but median was " + median + " and p95 " + p95);
    }
    double mu = Math.log(median.toNanos());
    double sigma = (Math.log(p95.toNanos()) - mu) / 1.6448536269514722;
    return random -> Duration.ofNanos(Math.round(Math.exp(mu + sigma * random.nextGaussian())));
  }

  /** Uniform between {@code min} and {@code max}. */
  static Latency uniform(Duration min, Duration max) {
    if (min.isNegative() || max.compareTo(min) < 0) {
      throw new IllegalArgumentException("need 0 <= min <= max but was " + min + " .. " + max);
    }
    long span = max.toNanos() - min.toNanos();
    return random -> min.plusNanos(span == 0 ? 0 : random.nextLong(span + 1));
  }
}
