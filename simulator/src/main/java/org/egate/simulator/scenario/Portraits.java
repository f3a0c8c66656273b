package org.egate.simulator.scenario;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Synthetic face stand-ins: smooth, person-specific grey blobs (the repository ships no
 * photographs of people). The enrollment portrait and each live capture of the same person differ
 * by lighting and sensor noise, as captures do; two people's portraits share nothing.
 */
public final class Portraits {
  static final int WIDTH = 96;
  static final int HEIGHT = 112;

  private Portraits() {}

  /** The portrait taken at the enrollment counter. */
  public static byte[] enrollment(long person) {
    return render(person, 0, 0);
  }

  /** A live capture at the gate: brighter or darker, with noise. */
  public static byte[] live(long person, long capture) {
    SplittableRandom r = new SplittableRandom(person * 7_919 + capture);
    return render(person, r.nextDouble(-20, 20), 6);
  }

  private static byte[] render(long person, double brightness, double noise) {
    SplittableRandom shape = new SplittableRandom(person);
    SplittableRandom grain = new SplittableRandom(person ^ Double.doubleToLongBits(brightness));
    double[][] blobs = new double[7][4];
    for (double[] b : blobs) {
      b[0] = shape.nextDouble() * WIDTH;
      b[1] = shape.nextDouble() * HEIGHT;
      b[2] = 10 + shape.nextDouble() * 25;
      b[3] = shape.nextDouble() * 200 - 100;
    }
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        double v = 128 + brightness + (noise == 0 ? 0 : grain.nextDouble(-noise, noise));
        for (double[] b : blobs) {
          double d2 = (x - b[0]) * (x - b[0]) + (y - b[1]) * (y - b[1]);
          v += b[3] * Math.exp(-d2 / (2 * b[2] * b[2]));
        }
        int g = (int) Math.max(0, Math.min(255, v));
        img.setRGB(x, y, (g << 16) | (g << 8) | g);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
