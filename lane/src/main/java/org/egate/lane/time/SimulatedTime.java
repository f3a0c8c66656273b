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

  private final VirtualClock clock;

  public SimulatedTime(Instant start) {
    this.clock = new VirtualClock(Objects.requireNonNull(start, "start"), TAIPEI);
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
    clock.now = clock.now.plus(duration);
  }

  private static final class VirtualClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    VirtualClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      // A view in another zone must still follow this clock's virtual instant.
      VirtualClock owner = this;
      return new Clock() {
        @Override
        public ZoneId getZone() {
          return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
          return owner.withZone(other);
        }

        @Override
        public Instant instant() {
          return owner.now;
        }
      };
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
