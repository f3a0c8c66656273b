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
  private final int gridWidth;
  private final int gridHeight;
  private final int scale;
  private final double centerX;
  private final double centerY;
  private final double radiusX;
  private final double radiusY;
  private final long seed;

  MasterFingerprint(FingerprintClass fingerprintClass, int width, int height, float[] pattern, int gridWidth,
      int gridHeight, int scale, double centerX, double centerY, double radiusX, double radiusY, long seed) {
    this.fingerprintClass = fingerprintClass;
    this.width = width;
    this.height = height;
    this.pattern = pattern;
    this.gridWidth = gridWidth;
    this.gridHeight = gridHeight;
    this.scale = scale;
    this.seed = seed;
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

  /** The seed this finger was grown from; impressions mix it into theirs. */
  long seed() {
    return seed;
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

  /**
   * Bilinear sample of the pattern at image coordinates (the pattern is grown on a grid of
   * {@code scale} pixels per cell); 0 (no ridge information) outside the image.
   */
  double sample(double x, double y) {
    double u = (x - (scale - 1) / 2.0) / scale;
    double v = (y - (scale - 1) / 2.0) / scale;
    if (u < 0 || v < 0 || u > gridWidth - 1 || v > gridHeight - 1) {
      return 0;
    }
    int x0 = (int) u;
    int y0 = (int) v;
    int x1 = Math.min(x0 + 1, gridWidth - 1);
    int y1 = Math.min(y0 + 1, gridHeight - 1);
    double fx = u - x0;
    double fy = v - y0;
    double top = pattern[y0 * gridWidth + x0] * (1 - fx) + pattern[y0 * gridWidth + x1] * fx;
    double bottom = pattern[y1 * gridWidth + x0] * (1 - fx) + pattern[y1 * gridWidth + x1] * fx;
    return top * (1 - fy) + bottom * fy;
  }

  /** Whether (x, y) lies inside the finger's extent, scaled by {@code scale}. */
  boolean inside(double x, double y, double scale) {
    double dx = (x - centerX) / (radiusX * scale);
    double dy = (y - centerY) / (radiusY * scale);
    return dx * dx + dy * dy <= 1;
  }
}
