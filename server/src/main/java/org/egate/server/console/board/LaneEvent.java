package org.egate.server.console.board;

import java.time.Instant;
import java.util.Objects;
import org.egate.border.reason.ReasonCode;

/**
 * One thing a lane did that the board shows: an authorization answered or a crossing recorded. It
 * carries no personal data (no traveler, no document): lane, kind, reason and time only.
 */
public record LaneEvent(String laneId, Kind kind, ReasonCode reason, Instant at) {

  /** What happened at the lane. */
  public enum Kind {
    AUTHORIZATION,
    CROSSING
  }

  public LaneEvent {
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
  }

  /** Accept, refer or reject, as the board colors it. */
  public String outcome() {
    return reason.outcome().name();
  }
}
