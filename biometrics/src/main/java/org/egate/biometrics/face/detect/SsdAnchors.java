package org.egate.biometrics.face.detect;

/**
 * The SSD-MobileNetV1 anchor grid (TF Object Detection API layout, as stored in face-api's
 * {@code Output/extra_dim} for a 512 input) for any square input size: six feature maps (stride
 * 16, 32, then halving), centres at the cell centres; the first map has 3 anchors (scale 0.1
 * ratio 1, scale 0.2 ratios 2 and 1/2), the others 6 (scale s ratio 1, scale sqrt(s*s') ratio 1,
 * scale s ratios 2, 1/2, 3, 1/3) with s = 0.2, 0.35, ..., 0.95 and s' the next (1.0 after the last).
 * Rows are [ymin, xmin, ymax, xmax] relative to the input.
 */
public final class SsdAnchors {
  private SsdAnchors() {
  }

  public static float[] forInputSize(int size) {
    int[] grids = new int[6];
    grids[0] = ceilDiv(size, 16);
    grids[1] = ceilDiv(size, 32);
    for (int i = 2; i < 6; i++) {
      grids[i] = ceilDiv(grids[i - 1], 2);
    }
    int count = grids[0] * grids[0] * 3;
    for (int i = 1; i < 6; i++) {
      count += grids[i] * grids[i] * 6;
    }
    float[] out = new float[count * 4];
    int k = 0;
    for (int layer = 0; layer < 6; layer++) {
      int n = grids[layer];
      double[][] hw = shapes(layer);
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++) {
          double cy = (y + 0.5) / n;
          double cx = (x + 0.5) / n;
          for (double[] a : hw) {
            out[k++] = (float) (cy - a[0] / 2);
            out[k++] = (float) (cx - a[1] / 2);
            out[k++] = (float) (cy + a[0] / 2);
            out[k++] = (float) (cx + a[1] / 2);
          }
        }
      }
    }
    return out;
  }

  private static double[][] shapes(int layer) {
    if (layer == 0) {
      return new double[][] {{0.1, 0.1}, ratio(0.2, 2), ratio(0.2, 0.5)};
    }
    double s = 0.2 + 0.15 * layer;
    double next = layer == 5 ? 1.0 : s + 0.15;
    double mid = Math.sqrt(s * next);
    return new double[][] {{s, s}, {mid, mid}, ratio(s, 2), ratio(s, 0.5), ratio(s, 3), ratio(s, 1.0 / 3)};
  }

  /** [height, width] of an anchor of this scale and width/height ratio. */
  private static double[] ratio(double scale, double r) {
    return new double[] {scale / Math.sqrt(r), scale * Math.sqrt(r)};
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
