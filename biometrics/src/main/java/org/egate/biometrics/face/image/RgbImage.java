package org.egate.biometrics.face.image;

/**
 * A decoded 8-bit RGB image, rows top to bottom, pixels interleaved R,G,B.
 *
 * @param width pixels, at least 1
 * @param height pixels, at least 1
 * @param rgb width*height*3 bytes
 */
public record RgbImage(int width, int height, byte[] rgb) {
  public RgbImage {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("image must be at least 1x1 but was " + width + "x" + height);
    }
    if (rgb.length != width * height * 3) {
      throw new IllegalArgumentException("rgb must hold " + width * height * 3 + " bytes but held " + rgb.length);
    }
  }

  public int red(int x, int y) {
    return rgb[(y * width + x) * 3] & 0xff;
  }

  public int green(int x, int y) {
    return rgb[(y * width + x) * 3 + 1] & 0xff;
  }

  public int blue(int x, int y) {
    return rgb[(y * width + x) * 3 + 2] & 0xff;
  }

  /** Luma (BT.601) of one pixel, 0..255. */
  public double luma(int x, int y) {
    int i = (y * width + x) * 3;
    return 0.299 * (rgb[i] & 0xff) + 0.587 * (rgb[i + 1] & 0xff) + 0.114 * (rgb[i + 2] & 0xff);
  }

  /** The pixels of an integer rectangle that lies inside the image. */
  public RgbImage crop(int x, int y, int w, int h) {
    if (x < 0 || y < 0 || w < 1 || h < 1 || x + w > width || y + h > height) {
      throw new IllegalArgumentException("crop " + x + "," + y + " " + w + "x" + h + " is outside " + width + "x" + height);
    }
    byte[] out = new byte[w * h * 3];
    for (int row = 0; row < h; row++) {
      System.arraycopy(rgb, ((y + row) * width + x) * 3, out, row * w * 3, w * 3);
    }
    return new RgbImage(w, h, out);
  }

  /** The pixels of any integer rectangle; the parts outside the image are filled with {@code grey}. */
  public RgbImage cropFilled(int x, int y, int w, int h, int grey) {
    if (x >= 0 && y >= 0 && x + w <= width && y + h <= height) {
      return crop(x, y, w, h);
    }
    RgbImage inside = this;
    return inside.onCanvas(w, h, -x, -y, grey);
  }

  /** This image on a larger canvas of the given grey level, placed at (left, top). */
  public RgbImage onCanvas(int canvasWidth, int canvasHeight, int left, int top, int grey) {
    byte[] out = new byte[canvasWidth * canvasHeight * 3];
    java.util.Arrays.fill(out, (byte) grey);
    for (int row = 0; row < height; row++) {
      int cy = top + row;
      if (cy < 0 || cy >= canvasHeight) {
        continue;
      }
      int from = Math.max(0, -left);
      int to = Math.min(width, canvasWidth - left);
      if (to > from) {
        System.arraycopy(rgb, (row * width + from) * 3, out, (cy * canvasWidth + left + from) * 3, (to - from) * 3);
      }
    }
    return new RgbImage(canvasWidth, canvasHeight, out);
  }

  public static RgbImage fromBufferedImage(java.awt.image.BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    if (image.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY
        && !(image.getColorModel() instanceof java.awt.image.IndexColorModel)) {
      return fromGraySamples(image);
    }
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    byte[] out = new byte[w * h * 3];
    for (int i = 0; i < argb.length; i++) {
      out[i * 3] = (byte) (argb[i] >> 16);
      out[i * 3 + 1] = (byte) (argb[i] >> 8);
      out[i * 3 + 2] = (byte) argb[i];
    }
    return new RgbImage(w, h, out);
  }

  /**
   * A grey image's stored samples as they are, the way browsers and the JS library show them:
   * {@code getRGB} would treat Java's grey colour space as linear light and convert it to sRGB,
   * brightening a mid grey of 128 to about 188.
   */
  private static RgbImage fromGraySamples(java.awt.image.BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int bits = image.getColorModel().getComponentSize(0);
    int max = (1 << bits) - 1;
    java.awt.image.Raster raster = image.getRaster();
    int[] row = new int[w];
    byte[] out = new byte[w * h * 3];
    for (int y = 0; y < h; y++) {
      raster.getSamples(0, y, w, 1, 0, row);
      for (int x = 0; x < w; x++) {
        byte v = (byte) Math.round(row[x] * 255.0 / max);
        int i = (y * w + x) * 3;
        out[i] = v;
        out[i + 1] = v;
        out[i + 2] = v;
      }
    }
    return new RgbImage(w, h, out);
  }

  public java.awt.image.BufferedImage toBufferedImage() {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
    int[] argb = new int[width * height];
    for (int i = 0; i < argb.length; i++) {
      argb[i] = (rgb[i * 3] & 0xff) << 16 | (rgb[i * 3 + 1] & 0xff) << 8 | (rgb[i * 3 + 2] & 0xff);
    }
    image.setRGB(0, 0, width, height, argb, 0, width);
    return image;
  }
}
