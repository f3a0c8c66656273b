package org.egate.lane.clearance;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.reason.BilingualMessage;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.controller.LaneState;

/**
 * The lane's decision on one traveler: the domain's {@link ClearanceDecision} (reason code derived
 * from the checks, each with score, threshold and time), the lane's evidence, and how long each
 * lane state took up to the decision.
 */
public record GateDecision(ClearanceDecision clearance, Instant at, Evidence evidence,
    Map<LaneState, Duration> stepTimings) {

  public GateDecision {
    Objects.requireNonNull(clearance, "clearance");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(evidence, "evidence");
    EnumMap<LaneState, Duration> copy = new EnumMap<>(LaneState.class);
    copy.putAll(stepTimings);
    stepTimings = Collections.unmodifiableMap(copy);
  }

  public ReasonCode reason() {
    return clearance.reason();
  }

  /** True when the traveler goes through the exit door. */
  public boolean passed() {
    return clearance.isCleared();
  }

  public Outcome outcome() {
    return clearance.outcome();
  }

  public BilingualMessage message() {
    return clearance.message();
  }
}
