package org.egate.simulator.capacity;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Poisson arrivals at the gate hall, at a constant rate or at a rate per clock hour (a list of
 * hourly rates, repeated when the run is longer than the list, e.g. a day's flight bank profile).
 * A varying rate is drawn by thinning (Lewis and Shedler 1979): candidates at the peak rate, each
 * kept with probability rate(t) / peak.
 */
public record Arrivals(List<Double> perHour) {
  public Arrivals {
    if (perHour == null || perHour.isEmpty()) {
      throw new IllegalArgumentException("arrivals need at least one hourly rate");
    }
    perHour = List.copyOf(perHour);
    for (double rate : perHour) {
      if (!(rate >= 0) || !Double.isFinite(rate)) {
        throw new IllegalArgumentException("arrivals per hour must be a finite number >= 0 but was " + rate);
      }
    }
  }

  public static Arrivals poisson(double perHour) {
    return new Arrivals(List.of(perHour));
  }

  /** The long-run mean rate per hour; with the mean service time it gives the offered load. */
  public double meanPerHour() {
    return perHour.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  double peakPerHour() {
    return perHour.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  double perHourAt(double seconds) {
    return perHour.get((int) (Math.floor(seconds / 3600.0) % perHour.size()));
  }

  /** The next arrival after {@code seconds}, or positive infinity when no one comes any more. */
  double nextAfter(double seconds, RandomGenerator random) {
    double peak = peakPerHour();
    if (peak == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double t = seconds;
    while (true) {
      t += 3600.0 / peak * random.nextExponential();
      if (perHour.size() == 1 || random.nextDouble() * peak < perHourAt(t)) {
        return t;
      }
    }
  }
}
