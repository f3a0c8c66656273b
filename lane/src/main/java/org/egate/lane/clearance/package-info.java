/**
 * One traveler through the lane. Root type {@link org.egate.lane.clearance.ClearanceFlow}: document
 * read, authorization by the server, entry and occupancy, face capture with quality feedback, 1:1
 * face match, fingerprint fallback, a decision with a reason code, the crossing journaled, then the
 * exit door or back through the entry door to a counter.
 *
 * <p>Invariants: the exit door opens only after an accepting decision has been written to the
 * journal; every transaction ends with both doors closed or with the lane out of service and an
 * officer called; every {@link org.egate.lane.clearance.GateDecision} carries its reason code,
 * bilingual message, scores, thresholds and step timings. Tuning numbers live in {@link
 * org.egate.lane.clearance.LaneParameters}.
 */
package org.egate.lane.clearance;
