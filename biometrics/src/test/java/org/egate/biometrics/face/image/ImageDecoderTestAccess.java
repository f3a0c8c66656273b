package org.egate.biometrics.face.image;

/** Test images shared across test packages. */
public final class ImageDecoderTestAccess {
  private ImageDecoderTestAccess() {
  }

  public static java.awt.image.BufferedImage noise(int w, int h) {
    return ImageDecoderTest.noise(w, h);
  }
}
