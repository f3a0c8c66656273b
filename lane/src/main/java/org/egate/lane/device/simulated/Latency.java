package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a device operation takes, drawn from a distribution with an injected generator. Each
 * kind is a record, so a run can state the assumptions it ran on ({@link #describe()}).
 */
public sealed interface Latency permits Latency.Fixed, Latency.LogNormal, Latency.Uniform {

  Duration sample(RandomGenerator random);

  /** The distribution in a few words, e.g. "log-normal, median 1200 ms, p95 2500 ms". */
  String describe();

  static Latency fixed(Duration duration) {
    return new Fixed(duration);
  }

  /**
   * A log-normal latency given by its median and 95th percentile: device times are positive and
   * right-skewed (most reads are quick, a few take several tries), which a log-normal captures with
   * two numbers a data sheet or a stopwatch can give.
   */
  static Latency logNormal(Duration median, Duration p95) {
    return new LogNormal(median, p95);
  }

  /** Uniform between {@code min} and {@code max}. */
  static Latency uniform(Duration min, Duration max) {
    return new Uniform(min, max);
  }

  /** Always the same time. */
  record Fixed(Duration duration) implements Latency {
    public Fixed {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("latency cannot be negative but was " + duration);
      }
    }

    @Override
    public Duration sample(RandomGenerator random) {
      return duration;
    }

    @Override
    public String describe() {
      return "fixed " + duration.toMillis() + " ms";
    }
  }

  /** Log-normal by median and 95th percentile. */
  record LogNormal(Duration median, Duration p95) implements Latency {
    private static final double Z95 = 1.6448536269514722;

    public LogNormal {
      if (median.isNegative() || median.isZero() || p95.compareTo(median) < 0) {
        throw new IllegalArgumentException(
            "need 0 < median <= p95 but median was " + median + " and p95 " + p95);
      }
    }

    @Override
    public Duration sample(RandomGenerator random) {
      double mu = Math.log(median.toNanos());
      double sigma = (Math.log(p95.toNanos()) - mu) / Z95;
      return Duration.ofNanos(Math.round(Math.exp(mu + sigma * random.nextGaussian())));
    }

    @Override
    public String describe() {
      return "log-normal, median " + median.toMillis() + " ms, p95 " + p95.toMillis() + " ms";
    }
  }

  /** Uniform between two times. */
  record Uniform(Duration min, Duration max) implements Latency {
    public Uniform {
      if (min.isNegative() || max.compareTo(min) < 0) {
        throw new IllegalArgumentException("need 0 <= min <= max but was " + min + " .. " + max);
      }
    }

    @Override
    public Duration sample(RandomGenerator random) {
      long span = max.toNanos() - min.toNanos();
      return min.plusNanos(span == 0 ? 0 : random.nextLong(span + 1));
    }

    @Override
    public String describe() {
      return "uniform " + min.toMillis() + "-" + max.toMillis() + " ms";
    }
  }
}
