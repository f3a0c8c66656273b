package org.egate.simulator.capacity;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Measured service times (for example the transaction seconds {@code egate simulate --travelers}
 * reports), resampled with replacement: the model then inherits the measured spread and tail
 * without fitting a law to them.
 */
public final class EmpiricalServiceTimes implements ServiceTimes {
  private final double[] seconds;
  private final double mean;
  private final String source;

  /** @throws IllegalArgumentException when the list is empty or holds a time that is not positive and finite */
  public EmpiricalServiceTimes(double[] seconds, String source) {
    if (seconds.length == 0) {
      throw new IllegalArgumentException("no service times in " + source);
    }
    double sum = 0;
    for (int i = 0; i < seconds.length; i++) {
      double s = seconds[i];
      if (!(s > 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException(
            "service time #" + (i + 1) + " in " + source + " must be a positive number of seconds but was " + s);
      }
      sum += s;
    }
    this.seconds = Arrays.copyOf(seconds, seconds.length);
    this.mean = sum / seconds.length;
    this.source = source;
  }

  @Override
  public double sampleSeconds(RandomGenerator random) {
    return seconds[random.nextInt(seconds.length)];
  }

  @Override
  public double meanSeconds() {
    return mean;
  }

  @Override
  public String source() {
    return source;
  }

  /** How many measured times the distribution holds. */
  public int count() {
    return seconds.length;
  }
}
