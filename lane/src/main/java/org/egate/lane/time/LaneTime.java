package org.egate.lane.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The lane's clock and its only way to let time pass. Devices "take" their latency by calling
 * {@link #sleep}; nothing in the lane calls {@code Instant.now()} or {@code Thread.sleep}.
 */
public interface LaneTime {

  /** The clock, zone Asia/Taipei; its dates decide opening dates and rule versions. */
  Clock clock();

  default Instant now() {
    return clock().instant();
  }

  /** Lets {@code duration} pass: virtual time advances at once, real time blocks. */
  void sleep(Duration duration);
}
