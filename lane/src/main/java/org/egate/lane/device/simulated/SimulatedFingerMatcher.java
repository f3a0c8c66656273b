package org.egate.lane.device.simulated;

import org.egate.border.biometric.BiometricTemplate;
import java.util.random.RandomGenerator;
import org.egate.lane.biometric.FingerMatcher;
import org.egate.lane.device.FingerImpression;

/** Judges impressions by their ground truth; an unreadable finger scores like an impostor. */
public final class SimulatedFingerMatcher implements FingerMatcher {

  private final GroundTruth truth;
  private final ScoreModel scores;
  private final RandomGenerator random;

  public SimulatedFingerMatcher(GroundTruth truth, ScoreModel scores, RandomGenerator random) {
    this.truth = truth;
    this.scores = scores;
    this.random = random;
  }

  @Override
  public boolean reads(BiometricTemplate enrolled) {
    return SimulatedTemplates.FORMAT.equals(enrolled.format());
  }

  @Override
  public double compare(FingerImpression impression, BiometricTemplate enrolled) {
    GroundTruth.ImpressionTruth seen = truth.impression(impression.id());
    boolean genuine = seen.readable()
        && seen.biometricId().equals(SimulatedTemplates.owner(enrolled));
    return scores.sample(genuine, random);
  }
}
