package org.egate.lane.device;

import java.time.Duration;

/** The people counter, trolley detector and height line of the zone between the doors. */
public interface OccupancySensor {

  /** The current reading. */
  Occupancy read() throws DeviceFault;

  /**
   * Waits until someone has entered and the reading has settled (nobody crossing a door line), or
   * until {@code timeout}; returns the settled reading, {@link Occupancy#EMPTY} if nobody came.
   */
  Occupancy awaitEntered(Duration timeout) throws DeviceFault;

  /** Waits until the zone is empty; false when it is still occupied after {@code timeout}. */
  boolean awaitCleared(Duration timeout) throws DeviceFault;
}
