package org.egate.simulator.finger;

import java.util.SplittableRandom;
import org.egate.biometrics.finger.GrayscaleImage;

/**
 * One impression of a master fingerprint: the finger lands somewhere else each time (rotation,
 * translation), skin stretches (a smooth displacement growing away from the contact centre,
 * as in Cappelli's plastic-distortion model), only part of it touches (elliptic contact region),
 * pressure and dryness move the ridge/valley balance, and the sensor adds blur and noise.
 *
 * <p>The random draws mix the master's seed with the impression's, so "impression 1" of two
 * fingers lands, stretches and gets noise differently. The smooth stretch field is evaluated
 * on a coarse grid and interpolated (it varies over hundreds of pixels).
 */
final class ImpressionGenerator {
  private static final double DPI = 500;
  private static final int STEP = 8;
  private static final int TEXTURE = 4;
  private final SyntheticFingerprintParameters p;

  ImpressionGenerator(SyntheticFingerprintParameters p) {
    this.p = p;
  }

  GrayscaleImage generate(MasterFingerprint master, long seed) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + master.seed());
    int w = master.width();
    int h = master.height();
    double angle = Math.toRadians((random.nextDouble() * 2 - 1) * p.maxRotationDegrees());
    double tx = (random.nextDouble() * 2 - 1) * p.maxTranslationPixels();
    double ty = (random.nextDouble() * 2 - 1) * p.maxTranslationPixels();
    double contact = p.minContact() + (1 - p.minContact()) * random.nextDouble();
    double contactX = (random.nextDouble() - 0.5) * 0.2 * master.radiusX();
    double contactY = (random.nextDouble() - 0.5) * 0.2 * master.radiusY();
    double pressure = (random.nextDouble() * 2 - 1) * 0.25; // > 0 wet/pressed (thicker ridges)
    SmoothField stretchX = new SmoothField(random, w * 0.7);
    SmoothField stretchY = new SmoothField(random, w * 0.7);
    double background = 215 + random.nextDouble() * 25;
    double contrast = 150 + random.nextDouble() * 60;

    // Skin and contact texture: blotches a few pixels across that break and bridge ridges, as
    // dry patches, sweat and dirt do on a real print (different on every impression).
    int tw = w / TEXTURE + 2;
    int th = h / TEXTURE + 2;
    double[] texture = new double[tw * th];
    for (int i = 0; i < texture.length; i++) {
      texture[i] = (random.nextDouble() * 2 - 1) * p.ridgeNoise();
    }
    int sw = w / STEP + 2;
    int sh = h / STEP + 2;
    double[] gridX = new double[sw * sh];
    double[] gridY = new double[sw * sh];
    for (int j = 0; j < sh; j++) {
      for (int i = 0; i < sw; i++) {
        gridX[j * sw + i] = stretchX.at(i * STEP, j * STEP);
        gridY[j * sw + i] = stretchY.at(i * STEP, j * STEP);
      }
    }

    double cos = StrictMath.cos(angle);
    double sin = StrictMath.sin(angle);
    double cx = master.centerX();
    double cy = master.centerY();
    float[] grey = new float[w * h];
    boolean[] touched = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      int j = y / STEP;
      double fy = (y - j * STEP) / (double) STEP;
      for (int x = 0; x < w; x++) {
        // Impression pixel -> master coordinates: undo translation and rotation about the centre.
        double ux = x - cx - tx;
        double uy = y - cy - ty;
        double mx = cx + cos * ux + sin * uy;
        double my = cy - sin * ux + cos * uy;
        // Elastic stretch: none at the contact centre, growing towards the rim.
        double rx = (mx - cx - contactX) / master.radiusX();
        double ry = (my - cy - contactY) / master.radiusY();
        double rim2 = Math.min(1, rx * rx + ry * ry);
        int i = x / STEP;
        double fx = (x - i * STEP) / (double) STEP;
        int g = j * sw + i;
        mx += p.maxDistortionPixels() * rim2 * bilinear(gridX, g, sw, fx, fy);
        my += p.maxDistortionPixels() * rim2 * bilinear(gridY, g, sw, fx, fy);
        double value = background;
        if (master.inside(mx - contactX, my - contactY, contact)) {
          int ti = x / TEXTURE;
          int tj = y / TEXTURE;
          double ridge = master.sample(mx, my) + pressure + bilinear(texture, tj * tw + ti, tw,
              (x - ti * TEXTURE) / (double) TEXTURE, (y - tj * TEXTURE) / (double) TEXTURE);
          // Soft edge at the contact rim so the print fades out like a real one.
          double edge = Math.min(1, (1 - rim2) * 4 + 0.3);
          double dark = 0.5 - 0.5 * StrictMath.tanh(3 * ridge);
          value = background - contrast * dark * edge;
          touched[y * w + x] = true;
        }
        grey[y * w + x] = (float) value;
      }
    }
    // 3x3 box blur (sensor optics) as two running passes, then Gaussian noise.
    float[] rows = new float[w * h];
    for (int y = 0; y < h; y++) {
      int o = y * w;
      for (int x = 0; x < w; x++) {
        float sum = grey[o + x];
        int n = 1;
        if (x > 0) {
          sum += grey[o + x - 1];
          n++;
        }
        if (x < w - 1) {
          sum += grey[o + x + 1];
          n++;
        }
        rows[o + x] = sum / n;
      }
    }
    byte[] pixels = new byte[w * h];
    double[] pair = new double[2];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int o = y * w + x;
        float sum = rows[o];
        int n = 1;
        if (y > 0) {
          sum += rows[o - w];
          n++;
        }
        if (y < h - 1) {
          sum += rows[o + w];
          n++;
        }
        if ((o & 1) == 0) {
          gaussians(random, pair);
        }
        // A plain scanner platen is quieter than skin: a third of the noise where nothing touches
        // (full noise there makes SourceAFIS find ridges in the background around small prints).
        double v = sum / n + pair[o & 1] * p.noiseSigma() * (touched[o] ? 1 : 0.35);
        pixels[o] = (byte) Math.max(0, Math.min(255, Math.round(v)));
      }
    }
    return new GrayscaleImage(w, h, pixels, DPI);
  }

  private static double bilinear(double[] grid, int g, int sw, double fx, double fy) {
    double top = grid[g] + (grid[g + 1] - grid[g]) * fx;
    double bottom = grid[g + sw] + (grid[g + sw + 1] - grid[g + sw]) * fx;
    return top + (bottom - top) * fy;
  }

  /** Two independent standard normal draws (Box-Muller). */
  private static void gaussians(SplittableRandom random, double[] out) {
    double r = Math.sqrt(-2 * StrictMath.log(1 - random.nextDouble()));
    double a = 2 * Math.PI * random.nextDouble();
    out[0] = r * StrictMath.cos(a);
    out[1] = r * StrictMath.sin(a);
  }
}
