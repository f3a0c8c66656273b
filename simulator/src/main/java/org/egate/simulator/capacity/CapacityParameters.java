package org.egate.simulator.capacity;

/**
 * How long and how often the model runs. Each replication simulates {@code warmUpHours} (discarded:
 * the hall starts empty, which understates waits) and then {@code measuredHours}; the spread over
 * {@code replications} independent runs gives the 95 % confidence intervals.
 *
 * @param maxLanes the lane-count search gives up above this many lanes
 */
public record CapacityParameters(int replications, double warmUpHours, double measuredHours, int maxLanes) {
  /**
   * 20 replications of 1 h warm-up + 12 h measured: at a few hundred travelers per lane hour this
   * is tens of thousands of waits per replication, enough for a stable p99, and runs in well under
   * a second per lane count on one core.
   */
  public static final CapacityParameters DEFAULTS = new CapacityParameters(20, 1.0, 12.0, 500);

  public CapacityParameters {
    if (replications < 2) {
      throw new IllegalArgumentException("replications must be at least 2 for a confidence interval but was " + replications);
    }
    if (!(warmUpHours >= 0) || !Double.isFinite(warmUpHours)) {
      throw new IllegalArgumentException("warm-up hours must be a finite number >= 0 but was " + warmUpHours);
    }
    if (!(measuredHours > 0) || !Double.isFinite(measuredHours)) {
      throw new IllegalArgumentException("measured hours must be a positive number but was " + measuredHours);
    }
    if (maxLanes < 1) {
      throw new IllegalArgumentException("max lanes must be at least 1 but was " + maxLanes);
    }
  }

  public CapacityParameters withReplications(int n) {
    return new CapacityParameters(n, warmUpHours, measuredHours, maxLanes);
  }

  public CapacityParameters withHours(double warmUp, double measured) {
    return new CapacityParameters(replications, warmUp, measured, maxLanes);
  }
}
