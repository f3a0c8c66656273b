package org.egate.lane.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A clock that reads its instant from somewhere else (virtual time, a shifted system clock); its
 * views in other zones follow the same source.
 */
public final class SuppliedClock extends Clock {
  private final Supplier<Instant> source;
  private final ZoneId zone;

  public SuppliedClock(Supplier<Instant> source, ZoneId zone) {
    this.source = Objects.requireNonNull(source, "source");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SuppliedClock(source, other);
  }

  @Override
  public Instant instant() {
    return source.get();
  }
}
