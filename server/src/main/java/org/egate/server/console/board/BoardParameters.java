package org.egate.server.console.board;

import java.time.Duration;

/** The board's tuning numbers in one place. */
final class BoardParameters {
  private BoardParameters() {}

  /**
   * Events waiting for the board; beyond this the newest are dropped (and counted) rather than
   * slowing a lane. 64 lanes at 1,000 decisions/s fill it in 16 s only if the dispatcher stalls.
   */
  static final int QUEUE_CAPACITY = 16_384;

  /** Decisions kept and shown per lane. */
  static final int RECENT_PER_LANE = 5;

  /**
   * At most one push per lane per interval: under load the board shows the latest state every
   * quarter second instead of rendering every decision.
   */
  static final Duration PUSH_INTERVAL = Duration.ofMillis(250);

  /** An open board stream ends after this; htmx's SSE extension reconnects by itself. */
  static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);
}
