package org.egate.simulator.demo;

import java.time.Duration;
import java.util.Objects;
import org.egate.simulator.population.PopulationParameters;

/**
 * The numbers of the demo lanes.
 *
 * @param travelers the population enrolled once and cycled through the lanes (tens keep startup fast)
 * @param seed of the population and the lanes' devices
 * @param pause between one traveler leaving a lane and the next walking up (watchable)
 * @param population shares of the population: the defaults with rare things made common, so a few
 *     minutes of demo show refusals of every kind
 */
public record DemoLaneParameters(int travelers, long seed, Duration pause, PopulationParameters population) {
  public static final DemoLaneParameters DEFAULTS = new DemoLaneParameters(40, 2026, Duration.ofSeconds(4), demoMix());

  public DemoLaneParameters {
    Objects.requireNonNull(pause, "pause");
    Objects.requireNonNull(population, "population");
    if (travelers < 1 || travelers > 1_000) {
      throw new IllegalArgumentException("demo travelers must be 1-1000 but was " + travelers);
    }
    if (pause.isNegative()) {
      throw new IllegalArgumentException("pause must not be negative but was " + pause);
    }
  }

  /** The default shares, with exit bans, loss reports, trolleys, companions, children and impostors common. */
  static PopulationParameters demoMix() {
    PopulationParameters d = PopulationParameters.DEFAULTS;
    return new PopulationParameters(d.categoryMix(), 0.05, d.permanentResidentShare(), d.foreignNationalities(), 0.04,
        d.soonExpiringShare(), d.soonExpiringDays(), 0.8, 0.08, 0.04, d.nearAgeBoundaryShare(),
        d.nearHeightBoundaryShare(), 0.1, 0.08, 0.1, 0.2, 0.05, 0.01, 0.08, 0.04, 0.05, 0.02, 0.03);
  }
}
