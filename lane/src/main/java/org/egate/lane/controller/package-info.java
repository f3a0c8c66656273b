/**
 * The lane's explicit state machine. Root type {@link org.egate.lane.controller.LaneStateMachine}:
 * the states of a two-door (mantrap) lane ({@link org.egate.lane.controller.LaneState}), each
 * transition an {@link org.egate.lane.controller.LaneEvent} stamped by the lane's clock, and a
 * {@link org.egate.lane.controller.Timeline} per transaction.
 *
 * <p>Invariants: only the transitions {@link org.egate.lane.controller.LaneState#canMoveTo} allows
 * happen (anything else is a programming error and says from where to where); the exit door can be
 * opened only from {@code DECISION} with an accepting decision, so no path skips the decision.
 */
package org.egate.lane.controller;
