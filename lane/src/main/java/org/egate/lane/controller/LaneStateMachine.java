package org.egate.lane.controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.egate.border.site.LaneId;
import org.egate.lane.time.LaneTime;

/**
 * The current state of one lane and the events of the transaction in progress. Every move is
 * checked against {@link LaneState#canMoveTo} and stamped with the lane's clock.
 */
public final class LaneStateMachine {

  private final LaneId lane;
  private final LaneTime time;
  private LaneState state;
  private List<LaneEvent> events = new ArrayList<>();
  private Instant transactionStart;

  public LaneStateMachine(LaneId lane, LaneTime time) {
    this.lane = Objects.requireNonNull(lane, "lane");
    this.time = Objects.requireNonNull(time, "time");
    this.state = LaneState.IDLE;
    this.transactionStart = time.now();
  }

  public LaneState state() {
    return state;
  }

  /** Starts a fresh timeline at the current instant (the lane is idle or out of service). */
  public void beginTransaction() {
    if (state != LaneState.IDLE && state != LaneState.OUT_OF_SERVICE) {
      throw new IllegalStateException("lane " + lane + " cannot begin a transaction while " + state);
    }
    events = new ArrayList<>();
    transactionStart = time.now();
  }

  /** Moves to {@code target}, recording the event; an illegal move is a programming error. */
  public LaneEvent moveTo(LaneState target, String note) {
    if (!state.canMoveTo(target)) {
      throw new IllegalStateException("lane " + lane + " cannot move from " + state + " to " + target
          + " (" + note + ") at " + time.now());
    }
    LaneEvent event = new LaneEvent(time.now(), state, target, note);
    events.add(event);
    state = target;
    return event;
  }

  /** The timeline of the transaction so far, ending now. */
  public Timeline timeline() {
    return new Timeline(transactionStart, events, time.now());
  }
}
