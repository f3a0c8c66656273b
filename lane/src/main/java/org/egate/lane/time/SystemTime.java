package org.egate.lane.time;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Wall-clock time for the demo and real hardware: sleeping blocks the calling thread. */
public final class SystemTime implements LaneTime {

  private final Clock clock;

  public SystemTime(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The system clock in Asia/Taipei. */
  public static SystemTime taipei() {
    return new SystemTime(Clock.system(SimulatedTime.TAIPEI));
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("lane interrupted while waiting " + duration, e);
    }
  }
}
