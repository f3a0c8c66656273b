package org.egate.simulator.capacity;

import java.util.random.RandomGenerator;

/**
 * Exponential service times: the M/M/c case with a closed form ({@link ErlangC}); used to validate
 * the model, not as a description of a gate.
 */
public record ExponentialServiceTimes(double meanSeconds) implements ServiceTimes {
  public ExponentialServiceTimes {
    if (!(meanSeconds > 0) || !Double.isFinite(meanSeconds)) {
      throw new IllegalArgumentException("mean service time must be a positive number of seconds but was " + meanSeconds);
    }
  }

  @Override
  public double sampleSeconds(RandomGenerator random) {
    return meanSeconds * random.nextExponential();
  }

  @Override
  public String source() {
    return "exponential, mean " + meanSeconds + " s";
  }
}
