package org.egate.lane.device;

/**
 * The face camera in the capture zone between the two doors. It faces the entry door, so while
 * that door opens it also sees the traveler at the reader (decision 0160: a look for anything
 * worn, never matched).
 */
public interface Camera {

  /** Captures one frame (including exposure and transfer time). */
  Frame capture() throws DeviceFault;
}
