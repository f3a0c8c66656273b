/**
 * Time for the lane: {@link org.egate.lane.time.LaneTime} gives the controller and the devices
 * one clock and one way to wait. {@link org.egate.lane.time.SimulatedTime} is virtual (waiting
 * advances the clock at once, so a lane test of a 9-second transaction runs in microseconds and
 * gives the same timeline every run); {@link org.egate.lane.time.SystemTime} is the wall clock for
 * the demo and real hardware. The same controller and device code runs on both.
 */
package org.egate.lane.time;
