package org.egate.simulator.finger;

import java.util.SplittableRandom;

/**
 * Grows a master fingerprint: orientation field from singular points (Sherlock-Monro) with a
 * smooth per-finger perturbation, a smooth ridge period map, then iterative Gabor filtering of
 * an image that starts as a few seed points: each pass spreads ridges along the local
 * orientation at the local period until they fill the finger; where growth fronts with
 * different phase meet, endings and bifurcations (minutiae) form, as in SFinGe.
 */
final class MasterGenerator {
  private static final int ORIENTATION_BINS = 32;
  private static final int PERIOD_BINS = 8;

  private final SyntheticFingerprintParameters p;
  private final float[][][] kernels; // [period bin][orientation bin][taps]
  private final int radius;
  private final double minPeriod;
  private final double maxPeriod;

  MasterGenerator(SyntheticFingerprintParameters p) {
    this.p = p;
    this.minPeriod = p.meanRidgePeriod() - p.ridgePeriodSpread();
    this.maxPeriod = p.meanRidgePeriod() + p.ridgePeriodSpread();
    this.radius = (int) Math.ceil(0.7 * maxPeriod);
    this.kernels = new float[PERIOD_BINS][ORIENTATION_BINS][];
    for (int f = 0; f < PERIOD_BINS; f++) {
      double period = minPeriod + (maxPeriod - minPeriod) * f / (PERIOD_BINS - 1);
      for (int o = 0; o < ORIENTATION_BINS; o++) {
        kernels[f][o] = gabor(Math.PI * o / ORIENTATION_BINS, period);
      }
    }
  }

  /** Even-symmetric Gabor kernel tuned to ridges of direction {@code theta}, zero mean. */
  private float[] gabor(double theta, double period) {
    int side = 2 * radius + 1;
    float[] k = new float[side * side];
    double sigma = 0.45 * period;
    double nx = -StrictMath.sin(theta);
    double ny = StrictMath.cos(theta);
    double sum = 0;
    for (int y = -radius; y <= radius; y++) {
      for (int x = -radius; x <= radius; x++) {
        double across = x * nx + y * ny;
        double v = StrictMath.exp(-(x * x + y * y) / (2 * sigma * sigma)) * StrictMath.cos(2 * Math.PI * across / period);
        k[(y + radius) * side + x + radius] = (float) v;
        sum += v;
      }
    }
    double mean = sum / k.length;
    for (int i = 0; i < k.length; i++) {
      k[i] -= (float) mean;
    }
    return k;
  }

  MasterFingerprint generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int w = p.width();
    int h = p.height();
    FingerprintClass type = FingerprintClass.values()[random.nextInt(FingerprintClass.values().length)];
    double cx = w / 2.0 + (random.nextDouble() - 0.5) * 0.08 * w;
    double cy = h * 0.5 + (random.nextDouble() - 0.5) * 0.08 * h;
    double rx = w * (0.40 + 0.06 * random.nextDouble());
    double ry = h * (0.44 + 0.05 * random.nextDouble());

    double[][] cores = place(type.cores(), cx, cy, w, h, random);
    double[][] deltas = place(type.deltas(), cx, cy, w, h, random);
    SmoothField orientationNoise = new SmoothField(random, w * 0.8);
    SmoothField periodNoise = new SmoothField(random, w * 0.6);

    int[] orientationBin = new int[w * h];
    int[] periodBin = new int[w * h];
    boolean[] mask = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        double theta = type == FingerprintClass.ARCH ? archOrientation(x, y, cx, cy, rx, ry) : 0;
        for (double[] d : type == FingerprintClass.ARCH ? new double[0][] : deltas) {
          theta += StrictMath.atan2(d[1] - y, x - d[0]); // y grows downwards in images
        }
        for (double[] c : type == FingerprintClass.ARCH ? new double[0][] : cores) {
          theta -= StrictMath.atan2(c[1] - y, x - c[0]);
        }
        theta = theta / 2 + p.orientationNoise() * clamp(orientationNoise.at(x, y));
        theta = ((theta % Math.PI) + Math.PI) % Math.PI;
        orientationBin[i] = (int) Math.round(theta / Math.PI * ORIENTATION_BINS) % ORIENTATION_BINS;
        double period = p.meanRidgePeriod() + p.ridgePeriodSpread() * clamp(periodNoise.at(x, y));
        periodBin[i] = (int) Math.round((period - minPeriod) / (maxPeriod - minPeriod) * (PERIOD_BINS - 1));
        double ex = (x - cx) / (rx * 1.08);
        double ey = (y - cy) / (ry * 1.08);
        mask[i] = ex * ex + ey * ey <= 1;
      }
    }

    float[] image = new float[w * h];
    for (int s = 0; s < p.seedPoints(); s++) {
      double a = random.nextDouble(Math.PI * 2);
      double r = Math.sqrt(random.nextDouble());
      int x = (int) (cx + StrictMath.cos(a) * r * rx);
      int y = (int) (cy + StrictMath.sin(a) * r * ry);
      if (x >= 1 && y >= 1 && x < w - 1 && y < h - 1) {
        image[y * w + x] = random.nextBoolean() ? 1 : -1;
      }
    }
    float[] next = new float[w * h];
    for (int it = 0; it < p.growthIterations(); it++) {
      float maxAbs = filter(image, next, orientationBin, periodBin, mask, w, h);
      float scale = maxAbs == 0 ? 1 : 1 / (0.15f * maxAbs);
      for (int i = 0; i < next.length; i++) {
        image[i] = (float) StrictMath.tanh(next[i] * scale);
      }
    }
    return new MasterFingerprint(type, w, h, image, cx, cy, rx, ry);
  }

  /**
   * Plain arches have no singular points: ridges run across and rise in the middle, more so
   * towards the base of the finger (Sherlock-Monro with no poles would give straight lines).
   */
  private static double archOrientation(double x, double y, double cx, double cy, double rx, double ry) {
    double u = (x - cx) / (0.45 * rx);
    double base = Math.max(0, Math.min(1, (y - (cy - ry)) / (2 * ry)));
    double slope = -2.5 * base * u * StrictMath.exp(-u * u);
    return StrictMath.atan(slope);
  }

  private static double[][] place(java.util.List<double[]> relative, double cx, double cy, int w, int h, SplittableRandom random) {
    double[][] out = new double[relative.size()][];
    for (int i = 0; i < out.length; i++) {
      double[] r = relative.get(i);
      out[i] = new double[] {
        cx + (r[0] + (random.nextDouble() - 0.5) * 0.06) * w,
        cy + (r[1] + (random.nextDouble() - 0.5) * 0.06) * h
      };
    }
    return out;
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }

  private float filter(float[] in, float[] out, int[] orientationBin, int[] periodBin, boolean[] mask, int w, int h) {
    int side = 2 * radius + 1;
    float maxAbs = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * w + x;
        if (!mask[i]) {
          out[i] = 0;
          continue;
        }
        float[] k = kernels[periodBin[i]][orientationBin[i]];
        float sum = 0;
        int y0 = Math.max(0, y - radius);
        int y1 = Math.min(h - 1, y + radius);
        int x0 = Math.max(0, x - radius);
        int x1 = Math.min(w - 1, x + radius);
        for (int yy = y0; yy <= y1; yy++) {
          int row = yy * w;
          int krow = (yy - y + radius) * side + radius - x;
          for (int xx = x0; xx <= x1; xx++) {
            sum += in[row + xx] * k[krow + xx];
          }
        }
        out[i] = sum;
        maxAbs = Math.max(maxAbs, Math.abs(sum));
      }
    }
    return maxAbs;
  }
}
