package org.egate.lane.clearance;

import java.util.Objects;
import java.util.Optional;
import org.egate.border.site.LaneId;
import org.egate.lane.TransactionId;
import org.egate.lane.controller.Timeline;

/**
 * One finished attempt: its id, the decision, the full timeline (including the walk out after the
 * decision), and the crossing record written to the journal (absent only when the lane refused
 * before anyone was identified, e.g. not yet open).
 */
public record Transaction(TransactionId id, LaneId lane, GateDecision decision, Timeline timeline,
    Optional<CrossingRecord> record) {

  public Transaction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(record, "record");
  }
}
