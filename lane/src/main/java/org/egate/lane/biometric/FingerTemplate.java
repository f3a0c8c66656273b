package org.egate.lane.biometric;

import java.util.Objects;

/** One enrolled index finger as the server sealed it for this lane. */
public record FingerTemplate(IndexFinger finger, String format, byte[] data) {

  public FingerTemplate {
    Objects.requireNonNull(finger, "finger");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(data, "data");
    if (data.length == 0) {
      throw new IllegalArgumentException("the " + finger + " template of format " + format + " is empty");
    }
  }

  @Override
  public String toString() {
    return "FingerTemplate[" + finger + ", " + format + ", " + data.length + " bytes]";
  }
}
