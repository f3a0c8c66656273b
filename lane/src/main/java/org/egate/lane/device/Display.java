package org.egate.lane.device;

/** The traveler-facing screen; it shows every prompt in zh-TW and English together. */
public interface Display {

  void show(Prompt prompt);
}
