package org.egate.biometrics.finger;

/**
 * An 8-bit greyscale fingerprint image, row-major, dark ridges on light background, with its
 * resolution.
 *
 * @param width pixels per row
 * @param height rows
 * @param pixels width x height grey levels (0 black .. 255 white)
 * @param dpi pixels per inch
 */
public record GrayscaleImage(int width, int height, byte[] pixels, double dpi) {
  public GrayscaleImage {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image must have pixels but was " + width + "x" + height);
    }
    if (pixels.length != width * height) {
      throw new IllegalArgumentException(
          "pixel buffer must hold " + width + "x" + height + " = " + (width * height) + " bytes but held " + pixels.length);
    }
    if (!(dpi > 0)) {
      throw new IllegalArgumentException("dpi must be positive but was " + dpi);
    }
  }

  /** Grey level at (x, y), 0..255. */
  public int gray(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** Width in millimetres. */
  public double widthMm() {
    return width * 25.4 / dpi;
  }

  /** Height in millimetres. */
  public double heightMm() {
    return height * 25.4 / dpi;
  }
}
