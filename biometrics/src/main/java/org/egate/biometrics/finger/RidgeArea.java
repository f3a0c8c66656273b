package org.egate.biometrics.finger;

/**
 * The area of an image that shows ridges: square blocks (about two ridge periods wide) with
 * enough grey-level contrast and a dominant gradient orientation. Blank, uniform and noise-only
 * blocks have no dominant orientation (coherence near 0), parallel ridges near 1.
 */
final class RidgeArea {
  private RidgeArea() {}

  /** Usable ridge area in square millimetres. */
  static double squareMillimetres(GrayscaleImage image, FingerprintParameters p) {
    int block = Math.max(4, (int) Math.round(p.blockMm() * image.dpi() / 25.4));
    int ridgeBlocks = 0;
    for (int by = 0; by + block <= image.height(); by += block) {
      for (int bx = 0; bx + block <= image.width(); bx += block) {
        if (isRidgeBlock(image, bx, by, block, p)) {
          ridgeBlocks++;
        }
      }
    }
    double mmPerPixel = 25.4 / image.dpi();
    return ridgeBlocks * (block * mmPerPixel) * (block * mmPerPixel);
  }

  private static boolean isRidgeBlock(GrayscaleImage im, int bx, int by, int block, FingerprintParameters p) {
    double sum = 0;
    double sumSq = 0;
    double gxx = 0;
    double gyy = 0;
    double gxy = 0;
    int n = 0;
    for (int y = by; y < by + block; y++) {
      for (int x = bx; x < bx + block; x++) {
        int v = im.gray(x, y);
        sum += v;
        sumSq += (double) v * v;
        n++;
        if (x > 0 && y > 0 && x + 1 < im.width() && y + 1 < im.height()) {
          double gx = im.gray(x + 1, y) - im.gray(x - 1, y);
          double gy = im.gray(x, y + 1) - im.gray(x, y - 1);
          gxx += gx * gx;
          gyy += gy * gy;
          gxy += gx * gy;
        }
      }
    }
    double mean = sum / n;
    double std = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    if (std < p.minBlockContrast() || gxx + gyy == 0) {
      return false;
    }
    double coherence = Math.sqrt((gxx - gyy) * (gxx - gyy) + 4 * gxy * gxy) / (gxx + gyy);
    return coherence >= p.minBlockCoherence();
  }
}
