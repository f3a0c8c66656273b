package org.egate.simulator.finger;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows a master fingerprint, SFinGe-style: per finger a Henry class and jittered singular
 * points give a Sherlock-Monro orientation field, bent by a smooth random perturbation and a
 * finer ridge wander (a few degrees every few ridge periods, decision 0155); a smooth
 * ridge period map varies over the finger around a per-finger mean; then iterative Gabor
 * filtering grows ridges from random seed points. Where growth fronts with different phase meet,
 * endings and bifurcations (minutiae) form, so every finger's minutiae come from its own seeds.
 *
 * <p>Speed (decision 0120): the growth runs on a grid of half the image resolution (ridge period
 * 4-6 cells, 9 x 9 kernels from a bank built once), over the finger's cells only, with no
 * bounds checks (the grid is padded); the orientation and period maps are computed once per
 * cell. The master keeps the grid; impressions sample it bilinearly.
 */
final class MasterGenerator {
  private static final int ORIENTATION_BINS = 32;
  private static final int PERIOD_BINS = 8;
  /** Image pixels per growth cell. */
  static final int SCALE = 2;
  /** Keeps the sum of the two wander fields at the spread of one {@link SmoothField}. */
  private static final double WANDER_NORM = 1 / Math.sqrt(2);

  private final SyntheticFingerprintParameters p;
  private final float[][] kernels; // [period bin * ORIENTATION_BINS + orientation bin][taps]
  private final int radius;
  private final int side;
  private final double minPeriod;
  private final double maxPeriod;

  MasterGenerator(SyntheticFingerprintParameters p) {
    this.p = p;
    // Per-finger mean and the smooth variation together stay within this range (image pixels).
    this.minPeriod = p.meanRidgePeriod() - p.ridgePeriodSpread();
    this.maxPeriod = p.meanRidgePeriod() + p.ridgePeriodSpread();
    this.radius = (int) Math.ceil(0.75 * maxPeriod / SCALE);
    this.side = 2 * radius + 1;
    this.kernels = new float[PERIOD_BINS * ORIENTATION_BINS][];
    for (int f = 0; f < PERIOD_BINS; f++) {
      double period = (minPeriod + (maxPeriod - minPeriod) * f / (PERIOD_BINS - 1)) / SCALE;
      for (int o = 0; o < ORIENTATION_BINS; o++) {
        kernels[f * ORIENTATION_BINS + o] = gabor(Math.PI * o / ORIENTATION_BINS, period);
      }
    }
  }

  /** Even-symmetric Gabor kernel tuned to ridges of direction {@code theta}, zero mean. */
  private float[] gabor(double theta, double period) {
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
    FingerprintClass type = FingerprintClass.draw(random.nextDouble());
    double cx = w / 2.0 + (random.nextDouble() - 0.5) * 0.08 * w;
    double cy = h * 0.5 + (random.nextDouble() - 0.5) * 0.08 * h;
    double rx = w * (0.40 + 0.06 * random.nextDouble());
    double ry = h * (0.42 + 0.06 * random.nextDouble());

    double spread = p.singularPointSpread();
    double[][] cores = place(type.cores(), cx, cy, w, h, spread, random);
    double[][] deltas = place(type.deltas(), cx, cy, w, h, spread, random);
    double[][] coreBends = corrections(cores.length, random);
    double[][] deltaBends = corrections(deltas.length, random);
    double archRise = 1.5 + 2.5 * random.nextDouble();
    double archWidth = 0.35 + 0.3 * random.nextDouble();
    double archTilt = (random.nextDouble() - 0.5) * 0.4;
    SmoothField coarseBend = new SmoothField(random, w * 0.9);
    SmoothField fineBend = new SmoothField(random, w * 0.35);
    SmoothField periodNoise = new SmoothField(random, w * 0.6);
    // Ridge wander (decision 0155): real ridges bend by several degrees every few ridge periods.
    // Two fields of 6 plane waves each, so the wander has no dominant direction.
    SmoothField wanderA = new SmoothField(random, p.ridgeWanderWavelength());
    SmoothField wanderB = new SmoothField(random, p.ridgeWanderWavelength());
    double fingerPeriod = p.meanRidgePeriod() + (random.nextDouble() - 0.5) * p.ridgePeriodSpread();
    double periodVariation = p.ridgePeriodSpread() - Math.abs(fingerPeriod - p.meanRidgePeriod());

    // The growth grid: SCALE image pixels per cell, padded by the kernel radius on every side.
    int gw = (w + SCALE - 1) / SCALE;
    int gh = (h + SCALE - 1) / SCALE;
    int pw = gw + 2 * radius;
    int ph = gh + 2 * radius;
    int[] cells = new int[gw * gh];
    int[] kernel = new int[gw * gh];
    int count = 0;
    for (int gy = 0; gy < gh; gy++) {
      for (int gx = 0; gx < gw; gx++) {
        double x = gx * SCALE + (SCALE - 1) / 2.0;
        double y = gy * SCALE + (SCALE - 1) / 2.0;
        double ex = (x - cx) / (rx * 1.08);
        double ey = (y - cy) / (ry * 1.08);
        if (ex * ex + ey * ey > 1) {
          continue;
        }
        double theta;
        if (type == FingerprintClass.ARCH) {
          theta = archOrientation(x, y, cx, cy, rx, ry, archRise, archWidth, archTilt);
        } else {
          theta = 0;
          for (int k = 0; k < deltas.length; k++) {
            theta += bend(StrictMath.atan2(deltas[k][1] - y, x - deltas[k][0]), deltaBends[k]); // y grows downwards
          }
          for (int k = 0; k < cores.length; k++) {
            theta -= bend(StrictMath.atan2(cores[k][1] - y, x - cores[k][0]), coreBends[k]);
          }
          theta /= 2;
        }
        theta += p.orientationNoise() * (clamp(coarseBend.at(x, y)) + 0.4 * clamp(fineBend.at(x, y)));
        theta += p.ridgeWander() * clamp((wanderA.at(x, y) + wanderB.at(x, y)) * WANDER_NORM);
        theta = ((theta % Math.PI) + Math.PI) % Math.PI;
        int o = (int) Math.round(theta / Math.PI * ORIENTATION_BINS) % ORIENTATION_BINS;
        double period = fingerPeriod + periodVariation * clamp(periodNoise.at(x, y));
        int f = (int) Math.round((period - minPeriod) / (maxPeriod - minPeriod) * (PERIOD_BINS - 1));
        f = Math.max(0, Math.min(PERIOD_BINS - 1, f));
        cells[count] = (gy + radius) * pw + gx + radius;
        kernel[count] = f * ORIENTATION_BINS + o;
        count++;
      }
    }

    float[] image = new float[pw * ph];
    for (int s = 0; s < p.seedPoints(); s++) {
      image[cells[random.nextInt(count)]] = random.nextBoolean() ? 1 : -1;
    }
    float[] next = new float[pw * ph];
    for (int it = 0; it < p.growthIterations(); it++) {
      float maxAbs = filter(image, next, cells, kernel, count, pw);
      float scale = maxAbs == 0 ? 1 : 1 / (0.15f * maxAbs);
      for (int n = 0; n < count; n++) {
        int i = cells[n];
        image[i] = (float) StrictMath.tanh(next[i] * scale);
      }
    }
    float[] pattern = new float[gw * gh];
    for (int gy = 0; gy < gh; gy++) {
      System.arraycopy(image, (gy + radius) * pw + radius, pattern, gy * gw, gw);
    }
    return new MasterFingerprint(type, w, h, pattern, gw, gh, SCALE, cx, cy, rx, ry, seed);
  }

  /**
   * Plain arches have no singular points: ridges run across and rise in the middle, more so
   * towards the base of the finger (Sherlock-Monro with no poles would give straight lines).
   * Rise, width and tilt are drawn per finger.
   */
  private static double archOrientation(double x, double y, double cx, double cy, double rx, double ry,
      double rise, double width, double tilt) {
    double u = (x - cx) / (width * rx);
    double base = Math.max(0, Math.min(1, (y - (cy - ry)) / (2 * ry)));
    double slope = -rise * base * u * StrictMath.exp(-u * u) + tilt;
    return StrictMath.atan(slope);
  }

  private static double[][] place(List<double[]> relative, double cx, double cy, int w, int h, double spread,
      SplittableRandom random) {
    double[][] out = new double[relative.size()][];
    for (int i = 0; i < out.length; i++) {
      double[] r = relative.get(i);
      out[i] = new double[] {
        cx + (r[0] + (random.nextDouble() - 0.5) * spread) * w,
        cy + (r[1] + (random.nextDouble() - 0.5) * spread) * h
      };
    }
    return out;
  }

  /**
   * Vizcaya-Gerhardt correction, per singular point: arg(z - s) is mapped through a
   * piecewise-linear function g(a) = a + e(a), e given at 8 directions and drawn per finger, so
   * the ridge flow around each core and delta bends differently on every finger.
   */
  private double[][] corrections(int points, SplittableRandom random) {
    double[][] out = new double[points][9];
    for (int k = 0; k < points; k++) {
      for (int i = 0; i < 8; i++) {
        out[k][i] = (random.nextDouble() * 2 - 1) * p.flowCorrection();
      }
      out[k][8] = out[k][0];
    }
    return out;
  }

  private static double bend(double angle, double[] e) {
    double t = (angle + Math.PI) / (Math.PI / 4);
    int i = Math.max(0, Math.min(7, (int) t));
    double f = t - i;
    return angle + e[i] + (e[i + 1] - e[i]) * f;
  }

  private static double clamp(double v) {
    return Math.max(-1, Math.min(1, v));
  }

  /** One Gabor pass over the finger's cells; returns the largest magnitude. */
  private float filter(float[] in, float[] out, int[] cells, int[] kernel, int count, int pw) {
    float maxAbs = 0;
    int r = radius;
    int s = side;
    for (int n = 0; n < count; n++) {
      int i = cells[n];
      float[] k = kernels[kernel[n]];
      float sum = 0;
      int row = i - r * pw - r;
      int kk = 0;
      for (int ky = 0; ky < s; ky++, row += pw) {
        for (int kx = 0; kx < s; kx++) {
          sum += in[row + kx] * k[kk++];
        }
      }
      out[i] = sum;
      maxAbs = Math.max(maxAbs, Math.abs(sum));
    }
    return maxAbs;
  }
}
