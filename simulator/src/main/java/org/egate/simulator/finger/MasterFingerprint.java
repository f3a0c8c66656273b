package org.egate.simulator.finger;

/**
 * The ridge pattern of one synthetic finger, before any impression: values in [-1, 1] (ridges
 * negative), zero outside the finger's elliptic extent. Immutable.
 */
public final class MasterFingerprint {
  private final FingerprintClass fingerprintClass;
  private final int width;
  private final int height;
  private final float[] pattern;
  private final double centerX;
  private final double centerY;
  private final double radiusX;
  private final double radiusY;

  MasterFingerprint(FingerprintClass fingerprintClass, int width, int height, float[] pattern,
      double centerX, double centerY, double radiusX, double radiusY) {
    this.fingerprintClass = fingerprintClass;
    this.width = width;
    this.height = height;
    this.pattern = pattern;
    this.centerX = centerX;
    this.centerY = centerY;
    this.radiusX = radiusX;
    this.radiusY = radiusY;
  }

  public FingerprintClass fingerprintClass() {
    return fingerprintClass;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  double centerX() {
    return centerX;
  }

  double centerY() {
    return centerY;
  }

  double radiusX() {
    return radiusX;
  }

  double radiusY() {
    return radiusY;
  }

  /** Bilinear sample of the pattern; 0 (no ridge information) outside the image. */
  double sample(double x, double y) {
    if (x < 0 || y < 0 || x > width - 1 || y > height - 1) {
      return 0;
    }
    int x0 = (int) x;
    int y0 = (int) y;
    int x1 = Math.min(x0 + 1, width - 1);
    int y1 = Math.min(y0 + 1, height - 1);
    double fx = x - x0;
    double fy = y - y0;
    double top = pattern[y0 * width + x0] * (1 - fx) + pattern[y0 * width + x1] * fx;
    double bottom = pattern[y1 * width + x0] * (1 - fx) + pattern[y1 * width + x1] * fx;
    return top * (1 - fy) + bottom * fy;
  }

  /** Whether (x, y) lies inside the finger's extent, scaled by {@code scale}. */
  boolean inside(double x, double y, double scale) {
    double dx = (x - centerX) / (radiusX * scale);
    double dy = (y - centerY) / (radiusY * scale);
    return dx * dx + dy * dy <= 1;
  }
}
