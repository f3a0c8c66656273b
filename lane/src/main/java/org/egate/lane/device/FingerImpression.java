package org.egate.lane.device;

import java.time.Instant;
import java.util.Objects;

/** One fingerprint impression from the scanner: the encoded image and its resolution. */
public record FingerImpression(long id, byte[] image, int dpi, String source, Instant capturedAt) {

  public FingerImpression {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(capturedAt, "capturedAt");
    if (dpi < 100 || dpi > 2000) {
      throw new IllegalArgumentException("fingerprint resolution must be 100..2000 dpi but was " + dpi);
    }
  }

  @Override
  public String toString() {
    return "FingerImpression[" + id + ", " + source + ", " + dpi + " dpi, " + capturedAt + "]";
  }
}
