package org.egate.simulator.finger;

import java.util.SplittableRandom;

/** A smooth random field in [-1, 1]: a few low-frequency plane waves with random phases. */
final class SmoothField {
  private static final int WAVES = 6;
  private final double[] fx = new double[WAVES];
  private final double[] fy = new double[WAVES];
  private final double[] phase = new double[WAVES];

  SmoothField(SplittableRandom random, double wavelength) {
    for (int i = 0; i < WAVES; i++) {
      double angle = random.nextDouble(Math.PI * 2);
      double k = 2 * Math.PI / (wavelength * (0.7 + 0.6 * random.nextDouble()));
      fx[i] = k * StrictMath.cos(angle);
      fy[i] = k * StrictMath.sin(angle);
      phase[i] = random.nextDouble(Math.PI * 2);
    }
  }

  double at(double x, double y) {
    double sum = 0;
    for (int i = 0; i < WAVES; i++) {
      sum += StrictMath.sin(fx[i] * x + fy[i] * y + phase[i]);
    }
    return sum / Math.sqrt(WAVES * 0.5) / 2.5;
  }
}
