package org.egate.biometrics.face.quality;

import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;

/**
 * The face resampled, eyes level, into a fixed square of luma values (the descriptor's dlib-style
 * square, so measures do not depend on image size), with the landmarks mapped into it.
 */
final class FacePatch {
  static final int SIZE = 128;
  final float[] luma = new float[SIZE * SIZE];
  final float[] chromaB = new float[SIZE * SIZE];
  final float[] chromaR = new float[SIZE * SIZE];
  final double[] xs = new double[68];
  final double[] ys = new double[68];
  /** Fraction of the patch that lies outside the image. */
  double outside;

  FacePatch(RgbImage image, Landmarks68 l) {
    double[] le = l.leftEyeCenter();
    double[] re = l.rightEyeCenter();
    double[] m = l.mouthCenter();
    double angle = Math.atan2(re[1] - le[1], re[0] - le[0]);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double size = ((Math.hypot(m[0] - le[0], m[1] - le[1]) + Math.hypot(m[0] - re[0], m[1] - re[1])) / 2) / 0.45;
    double refX = (le[0] + re[0] + m[0]) / 3;
    double refY = (le[1] + re[1] + m[1]) / 3;
    double step = size / SIZE;
    int out = 0;
    for (int v = 0; v < SIZE; v++) {
      double dy = (v + 0.5) * step - 0.43 * size;
      for (int u = 0; u < SIZE; u++) {
        double dx = (u + 0.5) * step - 0.5 * size;
        int sx = (int) Math.floor(refX + dx * cos - dy * sin);
        int sy = (int) Math.floor(refY + dx * sin + dy * cos);
        int i = v * SIZE + u;
        if (sx < 0 || sy < 0 || sx >= image.width() || sy >= image.height()) {
          out++;
          luma[i] = Float.NaN;
          continue;
        }
        int r = image.red(sx, sy);
        int g = image.green(sx, sy);
        int b = image.blue(sx, sy);
        luma[i] = (float) (0.299 * r + 0.587 * g + 0.114 * b);
        chromaB[i] = (float) (-0.168736 * r - 0.331264 * g + 0.5 * b);
        chromaR[i] = (float) (0.5 * r - 0.418688 * g - 0.081312 * b);
      }
    }
    outside = (double) out / (SIZE * SIZE);
    for (int k = 0; k < 68; k++) {
      double dx = l.x(k) - refX;
      double dy = l.y(k) - refY;
      double rx = dx * cos + dy * sin;
      double ry = -dx * sin + dy * cos;
      xs[k] = (rx + 0.5 * size) / step;
      ys[k] = (ry + 0.43 * size) / step;
    }
  }

  /** Statistics of a rectangle [x0,x1) x [y0,y1) in patch pixels, clipped; NaN pixels skipped. */
  Stats stats(double x0, double y0, double x1, double y1) {
    int ax = clamp((int) Math.floor(x0));
    int ay = clamp((int) Math.floor(y0));
    int bx = clamp((int) Math.ceil(x1));
    int by = clamp((int) Math.ceil(y1));
    double sum = 0;
    double sq = 0;
    double grad = 0;
    double cb = 0;
    double cr = 0;
    int n = 0;
    int gn = 0;
    for (int y = ay; y < by; y++) {
      for (int x = ax; x < bx; x++) {
        float v = luma[y * SIZE + x];
        if (Float.isNaN(v)) {
          continue;
        }
        sum += v;
        sq += v * v;
        cb += chromaB[y * SIZE + x];
        cr += chromaR[y * SIZE + x];
        n++;
        if (x + 1 < SIZE && y + 1 < SIZE) {
          float right = luma[y * SIZE + x + 1];
          float down = luma[(y + 1) * SIZE + x];
          if (!Float.isNaN(right) && !Float.isNaN(down)) {
            grad += Math.abs(right - v) + Math.abs(down - v);
            gn++;
          }
        }
      }
    }
    if (n == 0) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double mean = sum / n;
    return new Stats(mean, Math.sqrt(Math.max(0, sq / n - mean * mean)), gn == 0 ? 0 : grad / gn, cb / n, cr / n, n);
  }

  /** Variance of the 4-neighbour Laplacian over the inner face (eyes to chin, jaw to jaw). */
  double laplacianVariance(double x0, double y0, double x1, double y1) {
    int ax = Math.max(1, (int) x0);
    int ay = Math.max(1, (int) y0);
    int bx = Math.min(SIZE - 1, (int) x1);
    int by = Math.min(SIZE - 1, (int) y1);
    double sum = 0;
    double sq = 0;
    int n = 0;
    for (int y = ay; y < by; y++) {
      for (int x = ax; x < bx; x++) {
        float c = luma[y * SIZE + x];
        float l = luma[y * SIZE + x - 1];
        float r = luma[y * SIZE + x + 1];
        float t = luma[(y - 1) * SIZE + x];
        float b = luma[(y + 1) * SIZE + x];
        if (Float.isNaN(c) || Float.isNaN(l) || Float.isNaN(r) || Float.isNaN(t) || Float.isNaN(b)) {
          continue;
        }
        double lap = l + r + t + b - 4 * c;
        sum += lap;
        sq += lap * lap;
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    double mean = sum / n;
    return sq / n - mean * mean;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(SIZE, v));
  }

  record Stats(double mean, double std, double gradient, double cb, double cr, int pixels) {
  }
}
