package org.egate.lane.controller;

import java.time.Instant;
import java.util.Objects;

/** One transition of the lane, stamped by the lane's clock, with a short note on why. */
public record LaneEvent(Instant at, LaneState from, LaneState to, String note) {

  public LaneEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(note, "note");
  }
}
