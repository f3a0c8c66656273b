package org.egate.lane.clearance;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.egate.border.reason.BilingualMessage;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.controller.LaneState;

/**
 * The lane's decision on one traveler: the reason code (and its outcome and bilingual message),
 * the evidence, and how long each step took up to the decision.
 */
public record GateDecision(ReasonCode reason, Instant at, Evidence evidence, Map<LaneState, Duration> stepTimings) {

  public GateDecision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(evidence, "evidence");
    EnumMap<LaneState, Duration> copy = new EnumMap<>(LaneState.class);
    copy.putAll(stepTimings);
    stepTimings = Collections.unmodifiableMap(copy);
  }

  /** True when the traveler goes through the exit door. */
  public boolean passed() {
    return reason == ReasonCode.CLEARED;
  }

  public Outcome outcome() {
    return reason.outcome();
  }

  public BilingualMessage message() {
    return reason.message();
  }
}
