package org.egate.simulator.capacity;

import java.util.List;
import java.util.Optional;

/**
 * The fewest lanes whose 95th-percentile wait meets a target, judged conservatively: the upper end
 * of the p95's 95 % confidence interval must be at or below the target.
 *
 * @param tried every lane count simulated, in order, with its report
 * @param lanesNeeded empty when even {@link CapacityParameters#maxLanes()} lanes miss the target
 */
public record LaneSearch(double targetWaitP95Seconds, List<CapacityReport> tried, Optional<CapacityReport> lanesNeeded) {
  public LaneSearch {
    tried = List.copyOf(tried);
  }

  static boolean meets(CapacityReport report, double targetWaitP95Seconds) {
    return report.measured().map(m -> m.waitP95Seconds().high() <= targetWaitP95Seconds).orElse(false);
  }
}
