package org.egate.simulator.capacity;

/**
 * Closed-form M/M/c (Poisson arrivals, exponential service, c servers, one FIFO queue): the
 * Erlang C probability of waiting and the wait distribution P(W > t) = C · exp(-(cμ - λ) t).
 * The reference the simulation is checked against; gates are not exponential, so capacity answers
 * come from the simulation, not from here.
 */
public record ErlangC(double arrivalsPerHour, double meanServiceSeconds, int servers) {
  public ErlangC {
    if (!(arrivalsPerHour >= 0) || !(meanServiceSeconds > 0) || servers < 1) {
      throw new IllegalArgumentException(
          "Erlang C needs arrivals >= 0, mean service > 0 and servers >= 1 but was "
              + arrivalsPerHour + "/h, " + meanServiceSeconds + " s, " + servers);
    }
    if (arrivalsPerHour / 3600.0 * meanServiceSeconds >= servers) {
      throw new IllegalArgumentException(
          "M/M/" + servers + " at " + arrivalsPerHour + "/h and " + meanServiceSeconds + " s is unstable (load >= servers)");
    }
  }

  double offeredLoad() {
    return arrivalsPerHour / 3600.0 * meanServiceSeconds;
  }

  /** Probability that an arriving traveler waits at all. */
  public double probabilityOfWaiting() {
    double a = offeredLoad();
    if (a == 0) {
      return 0;
    }
    // Erlang B by its stable recursion, then C = B / (1 - rho (1 - B))
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = a * b / (k + a * b);
    }
    double rho = a / servers;
    return b / (1 - rho * (1 - b));
  }

  private double decayPerSecond() {
    return servers / meanServiceSeconds - arrivalsPerHour / 3600.0;
  }

  public double meanWaitSeconds() {
    return probabilityOfWaiting() / decayPerSecond();
  }

  /** The p-quantile of the wait (0 when at least a share p of travelers do not wait). */
  public double waitQuantileSeconds(double p) {
    double c = probabilityOfWaiting();
    if (1 - p >= c) {
      return 0;
    }
    return Math.log(c / (1 - p)) / decayPerSecond();
  }

  /** Mean queue length by Little's law. */
  public double meanQueueLength() {
    return arrivalsPerHour / 3600.0 * meanWaitSeconds();
  }
}
