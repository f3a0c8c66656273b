package org.egate.lane.device;

/** One leaf pair of the mantrap: the entry door (toward the queue) or the exit door. */
public interface Door {

  /** Opens and returns once the door is fully open. */
  void open() throws DeviceFault;

  /** Closes and returns once the door is closed and locked. */
  void close() throws DeviceFault;

  boolean isOpen();

  /**
   * Starts closing and returns while the leaves still move, so the lane can do something else
   * meanwhile (decision 0132); {@link #awaitClosed()} waits for the end of the motion. A door
   * without that ability closes here and returns when closed.
   */
  default void startClosing() throws DeviceFault {
    close();
  }

  /** Returns once a motion begun by {@link #startClosing()} has ended (at once when none is under way). */
  default void awaitClosed() throws DeviceFault {}

  /**
   * Starts opening and returns while the leaves still move, so the lane can look at the traveler
   * meanwhile (decision 0160); {@link #awaitOpen()} waits for the end of the motion. A door
   * without that ability opens here and returns when open.
   */
  default void startOpening() throws DeviceFault {
    open();
  }

  /** Returns once a motion begun by {@link #startOpening()} has ended (at once when none is under way). */
  default void awaitOpen() throws DeviceFault {}
}
