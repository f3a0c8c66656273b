package org.egate.simulator.finger;

import java.util.SplittableRandom;
import org.egate.biometrics.finger.GrayscaleImage;

/**
 * One impression of a master fingerprint: the finger lands somewhere else each time (rotation,
 * translation), skin stretches (a smooth displacement growing away from the contact centre,
 * as in Cappelli's plastic-distortion model), only part of it touches (elliptic contact region),
 * pressure and dryness move the ridge/valley balance, and the sensor adds blur and noise.
 */
final class ImpressionGenerator {
  private static final double DPI = 500;
  private final SyntheticFingerprintParameters p;

  ImpressionGenerator(SyntheticFingerprintParameters p) {
    this.p = p;
  }

  GrayscaleImage generate(MasterFingerprint master, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
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

    double cos = StrictMath.cos(angle);
    double sin = StrictMath.sin(angle);
    double cx = master.centerX();
    double cy = master.centerY();
    double[] grey = new double[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // Impression pixel -> master coordinates: undo translation and rotation about the centre.
        double ux = x - cx - tx;
        double uy = y - cy - ty;
        double mx = cx + cos * ux + sin * uy;
        double my = cy - sin * ux + cos * uy;
        // Elastic stretch: none at the contact centre, growing towards the rim.
        double rx = (mx - cx - contactX) / master.radiusX();
        double ry = (my - cy - contactY) / master.radiusY();
        double rim = Math.min(1, Math.sqrt(rx * rx + ry * ry));
        mx += p.maxDistortionPixels() * rim * rim * stretchX.at(x, y);
        my += p.maxDistortionPixels() * rim * rim * stretchY.at(x, y);
        double value = background;
        if (master.inside(mx - contactX, my - contactY, contact)) {
          double ridge = master.sample(mx, my) + pressure;
          // Soft edge at the contact rim so the print fades out like a real one.
          double edge = Math.min(1, (1 - rim * rim) * 4 + 0.3);
          double dark = 0.5 - 0.5 * StrictMath.tanh(3 * ridge);
          value = background - contrast * dark * edge;
        }
        grey[y * w + x] = value;
      }
    }
    byte[] pixels = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // 3x3 box blur (sensor optics) plus Gaussian noise.
        double sum = 0;
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx;
            int yy = y + dy;
            if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
              sum += grey[yy * w + xx];
              n++;
            }
          }
        }
        double v = sum / n + gaussian(random) * p.noiseSigma();
        pixels[y * w + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
      }
    }
    return new GrayscaleImage(w, h, pixels, DPI);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
  }
}
