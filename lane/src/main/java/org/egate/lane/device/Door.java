package org.egate.lane.device;

/** One leaf pair of the mantrap: the entry door (toward the queue) or the exit door. */
public interface Door {

  /** Opens and returns once the door is fully open. */
  void open() throws DeviceFault;

  /** Closes and returns once the door is closed and locked. */
  void close() throws DeviceFault;

  boolean isOpen();
}
