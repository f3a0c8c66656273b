package org.egate.lane.biometric;

import java.util.Objects;

/** The enrolled face as the server sealed it for this lane: engine-specific bytes and format. */
public record FaceTemplate(String format, byte[] data) {

  public FaceTemplate {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(data, "data");
    if (data.length == 0) {
      throw new IllegalArgumentException("a face template of format " + format + " is empty");
    }
  }

  @Override
  public String toString() {
    return "FaceTemplate[" + format + ", " + data.length + " bytes]";
  }
}
