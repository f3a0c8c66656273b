package org.egate.lane.device;

/**
 * The call to the supervisor (console alert, light, buzzer). Fire-and-forget: a lane never waits
 * for an officer to answer before it makes the lane safe.
 */
public interface OfficerCall {

  void alert(OfficerAlert alert);
}
