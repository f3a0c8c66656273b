package org.egate.simulator.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs the gate-hall model: independent seeded replications of {@link Replication}, summarised as
 * {@link Estimate}s, and the search for the lane count that meets a wait target.
 */
public final class CapacityModel {
  /** Above this many expected arrivals per replication a run would take minutes; refuse it. */
  static final double MAX_ARRIVALS_PER_REPLICATION = 20_000_000;

  private final CapacityParameters parameters;

  public CapacityModel(CapacityParameters parameters) {
    this.parameters = parameters;
  }

  /** Same hall, parameters and seed give the same report. */
  public CapacityReport run(GateHall hall, long seed) {
    double expected = hall.arrivals().meanPerHour() * (parameters.warmUpHours() + parameters.measuredHours());
    if (expected > MAX_ARRIVALS_PER_REPLICATION) {
      throw new IllegalArgumentException(
          "a replication would simulate about " + Math.round(expected) + " arrivals (more than "
              + (long) MAX_ARRIVALS_PER_REPLICATION + "); use fewer arrivals per hour or fewer hours");
    }
    if (!hall.stable()) {
      return new CapacityReport(hall, parameters, seed, Optional.empty());
    }
    int n = parameters.replications();
    double[] mean = new double[n];
    double[] p50 = new double[n];
    double[] p90 = new double[n];
    double[] p95 = new double[n];
    double[] p99 = new double[n];
    double[] max = new double[n];
    double[] util = new double[n];
    double[] queue = new double[n];
    double[] queueMax = new double[n];
    double[] throughput = new double[n];
    long travelers = 0;
    // one stream per replication, split from the seed, so replication i is the same whatever the lane count
    SplittableRandom seeds = new SplittableRandom(seed);
    Replication replication = new Replication(hall, parameters);
    for (int i = 0; i < n; i++) {
      Replication.ReplicationResult r = replication.run(seeds.split());
      mean[i] = r.meanWaitSeconds();
      p50[i] = r.waitQuantileSeconds(0.50);
      p90[i] = r.waitQuantileSeconds(0.90);
      p95[i] = r.waitQuantileSeconds(0.95);
      p99[i] = r.waitQuantileSeconds(0.99);
      max[i] = r.maxWaitSeconds();
      util[i] = r.utilization();
      queue[i] = r.meanQueueLength();
      queueMax[i] = r.maxQueueLength();
      throughput[i] = r.throughputPerHour();
      travelers += r.sortedWaits().length;
    }
    Measured measured = new Measured(
        Estimate.of(mean), Estimate.of(p50), Estimate.of(p90), Estimate.of(p95), Estimate.of(p99),
        Estimate.of(max), Estimate.of(util), Estimate.of(queue), Estimate.of(queueMax),
        Estimate.of(throughput), travelers);
    return new CapacityReport(hall, parameters, seed, Optional.of(measured));
  }

  /**
   * Tries lane counts upward from the fewest that are stable until the p95 wait meets the target
   * ({@link LaneSearch}); the hall's own lane count is ignored.
   */
  public LaneSearch lanesFor(GateHall hall, double targetWaitP95Seconds, long seed) {
    if (!(targetWaitP95Seconds >= 0) || !Double.isFinite(targetWaitP95Seconds)) {
      throw new IllegalArgumentException("target wait must be a finite number of seconds >= 0 but was " + targetWaitP95Seconds);
    }
    int first = Math.max(1, (int) Math.floor(hall.offeredLoadErlangs()) + 1);
    List<CapacityReport> tried = new ArrayList<>();
    for (int m = first; m <= parameters.maxLanes(); m++) {
      CapacityReport report = run(hall.withLanes(m), seed);
      tried.add(report);
      if (LaneSearch.meets(report, targetWaitP95Seconds)) {
        return new LaneSearch(targetWaitP95Seconds, tried, Optional.of(report));
      }
    }
    return new LaneSearch(targetWaitP95Seconds, tried, Optional.empty());
  }
}
