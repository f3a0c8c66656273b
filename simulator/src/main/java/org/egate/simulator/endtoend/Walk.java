package org.egate.simulator.endtoend;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.controller.LaneState;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * One traveler through one lane of the run.
 *
 * @param laneTime virtual time of the transaction, from the device model
 * @param softwareNanos wall-clock of the lane's compute and server round trips (devices take no
 *     wall time on virtual time)
 * @param softwareParts what the software time consisted of (decision 0131)
 * @param recordKey the idempotency key of the crossing record the lane journaled, if any
 * @param path which way the transaction went (for the time breakdown)
 * @param timeIn virtual time spent in each lane state
 */
public record Walk(SimulatedTraveler traveler, String laneId, ReasonCode reason, Duration laneTime,
    long softwareNanos, SoftwareParts softwareParts, Optional<String> recordKey, Expectation expectation,
    LanePath path, Map<LaneState, Duration> timeIn) {}
