package org.egate.lane.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Virtual time: starts at a given instant and moves only when someone sleeps or calls {@link
 * #advance}. One instance per lane thread (it is not meant to be shared between threads that run
 * concurrently; a discrete-event simulator gives each lane its own).
 */
public final class SimulatedTime implements LaneTime {

  /** Zone of every egate clock (DESIGN.md, "Time"). */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  private Instant now;
  private final Clock clock = new SuppliedClock(() -> now, TAIPEI);

  public SimulatedTime(Instant start) {
    this.now = Objects.requireNonNull(start, "start");
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public void sleep(Duration duration) {
    advance(duration);
  }

  /** Moves the clock forward; a negative duration is a programming error. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time cannot go back, but was asked to advance " + duration);
    }
    now = now.plus(duration);
  }
}
