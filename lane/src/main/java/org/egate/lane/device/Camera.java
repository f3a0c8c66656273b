package org.egate.lane.device;

/** The face camera in the capture zone between the two doors. */
public interface Camera {

  /** Captures one frame (including exposure and transfer time). */
  Frame capture() throws DeviceFault;
}
