package org.egate.simulator.capacity;

import java.util.random.RandomGenerator;

/**
 * How long one traveler occupies a lane, in seconds: from stepping in to the lane being free for
 * the next traveler. Implementations draw from a measured list or a stated parametric law.
 */
public interface ServiceTimes {
  /** One service time in seconds, greater than zero. */
  double sampleSeconds(RandomGenerator random);

  /** The mean service time in seconds; with the arrival rate it gives the offered load. */
  double meanSeconds();

  /** Where the times come from, for reports (a file name, or the law and its source). */
  String source();
}
