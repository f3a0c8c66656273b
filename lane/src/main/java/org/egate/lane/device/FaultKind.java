package org.egate.lane.device;

/** What went wrong with a device. */
public enum FaultKind {
  /** No answer within the timeout; the next call may work. */
  TIMEOUT(false),
  /** The device answered with an error; the next call may work. */
  HARDWARE_ERROR(false),
  /** The device is gone until it reconnects: the lane cannot serve and goes out of service. */
  DISCONNECTED(true);

  private final boolean takesLaneOutOfService;

  FaultKind(boolean takesLaneOutOfService) {
    this.takesLaneOutOfService = takesLaneOutOfService;
  }

  /** Whether the lane must stop serving travelers until an officer restores it. */
  public boolean takesLaneOutOfService() {
    return takesLaneOutOfService;
  }
}
