package org.egate.lane.device;

import java.time.Instant;
import java.util.Objects;

/**
 * One camera frame. {@code image} holds the encoded image (JPEG/PNG) exactly as the camera gave
 * it; {@code id} is unique per lane run so evidence and simulations can refer to the frame.
 */
public record Frame(long id, byte[] image, String source, Instant capturedAt) {

  public Frame {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(capturedAt, "capturedAt");
  }

  @Override
  public String toString() {
    return "Frame[" + id + ", " + source + ", " + image.length + " bytes, " + capturedAt + "]";
  }
}
