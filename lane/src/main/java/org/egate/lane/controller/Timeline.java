package org.egate.lane.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The events of one transaction, in order, and what follows from them: how long each state
 * lasted and the whole transaction took. Derived, never edited.
 */
public record Timeline(Instant start, List<LaneEvent> events, Instant end) {

  public Timeline {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    events = List.copyOf(events);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a timeline cannot end (" + end + ") before it starts (" + start + ")");
    }
  }

  public Duration total() {
    return Duration.between(start, end);
  }

  /** Time spent in each state this transaction passed through (summed if entered twice). */
  public Map<LaneState, Duration> timeIn() {
    Map<LaneState, Duration> spent = new EnumMap<>(LaneState.class);
    for (int i = 0; i < events.size(); i++) {
      LaneEvent event = events.get(i);
      Instant leftAt = i + 1 < events.size() ? events.get(i + 1).at() : end;
      spent.merge(event.to(), Duration.between(event.at(), leftAt), Duration::plus);
    }
    return spent;
  }

  /** The states in the order they were entered. */
  public List<LaneState> path() {
    return events.stream().map(LaneEvent::to).toList();
  }
}
