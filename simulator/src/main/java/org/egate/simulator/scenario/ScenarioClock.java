package org.egate.simulator.scenario;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.egate.lane.time.SimulatedTime;
import org.egate.lane.time.SuppliedClock;

/**
 * The real server's clock during a scenario run: the system clock shifted to a scenario's moment
 * (it keeps ticking from there), so the server applies the rules of that day, e.g. an enrollment
 * without fingerprints in January 2017. The lane signs its requests with the same clock, so the
 * server's replay window (seconds) holds. Zone Asia/Taipei (DESIGN.md, "Time").
 */
public final class ScenarioClock extends Clock {
  private final Clock system = Clock.systemUTC();
  private volatile Duration offset = Duration.ZERO;

  /** From now on, the clock reads {@code moment} and ticks on. */
  public void set(Instant moment) {
    offset = Duration.between(system.instant(), moment);
  }

  @Override
  public ZoneId getZone() {
    return SimulatedTime.TAIPEI;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new SuppliedClock(this::instant, zone);
  }

  @Override
  public Instant instant() {
    return system.instant().plus(offset);
  }
}
