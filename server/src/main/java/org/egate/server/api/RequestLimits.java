package org.egate.server.api;

/** Size limits for request bodies and images: one place, with why. */
public final class RequestLimits {
  /** Lane and administrative requests carry no images: 64 KiB is generous. */
  public static final int DEFAULT_BODY_BYTES = 64 * 1024;
  /** Enrollment carries a face image and two fingerprint images, base64 (4/3 larger). */
  public static final int ENROLLMENT_BODY_BYTES = 6 * 1024 * 1024;
  /** One decoded image: an ICAO face photo or a 500 dpi fingerprint is far below this. */
  public static final int IMAGE_BYTES = 1024 * 1024;

  private RequestLimits() {}

  public static int bodyLimitFor(String path) {
    return path.startsWith("/api/enrollments") ? ENROLLMENT_BODY_BYTES : DEFAULT_BODY_BYTES;
  }
}
