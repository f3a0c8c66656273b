package org.egate.lane.device.simulated;

import java.util.random.RandomGenerator;

/**
 * Similarity scores of a simulated matcher: normal distributions for genuine and impostor pairs,
 * clamped to [0, 1]. The defaults put the two far apart around a 0.5 threshold, so scenario
 * outcomes do not depend on the seed; accuracy itself is measured on the real engines.
 */
public record ScoreModel(double genuineMean, double genuineSd, double impostorMean, double impostorSd) {

  /** Genuine ~ N(0.80, 0.05), impostor ~ N(0.20, 0.05): overlap far beyond 5 sigma of 0.5. */
  public static final ScoreModel WELL_SEPARATED = new ScoreModel(0.80, 0.05, 0.20, 0.05);

  public ScoreModel {
    if (genuineSd < 0 || impostorSd < 0) {
      throw new IllegalArgumentException("standard deviations must be >= 0 but were " + genuineSd + ", " + impostorSd);
    }
  }

  double sample(boolean genuine, RandomGenerator random) {
    double score = genuine
        ? genuineMean + genuineSd * random.nextGaussian()
        : impostorMean + impostorSd * random.nextGaussian();
    return Math.max(0, Math.min(1, score));
  }
}
