package org.egate.lane.device.simulated;

import org.egate.border.biometric.BiometricTemplate;
import java.util.EnumSet;
import java.util.random.RandomGenerator;
import org.egate.lane.biometric.FaceAssessment;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.device.Frame;

/** Judges frames by their ground truth instead of their pixels; scores come from a {@link ScoreModel}. */
public final class SimulatedFaceMatcher implements FaceMatcher {

  private final GroundTruth truth;
  private final ScoreModel scores;
  private final RandomGenerator random;

  public SimulatedFaceMatcher(GroundTruth truth, ScoreModel scores, RandomGenerator random) {
    this.truth = truth;
    this.scores = scores;
    this.random = random;
  }

  @Override
  public FaceAssessment assess(Frame frame) {
    GroundTruth.FrameTruth seen = truth.frame(frame.id());
    EnumSet<FaceIssue> issues = EnumSet.noneOf(FaceIssue.class);
    seen.worn().forEach(accessory -> issues.add(accessory.issue()));
    if (seen.lookingAway()) {
      issues.add(FaceIssue.NOT_FRONTAL);
    }
    return FaceAssessment.of(seen.faces(), issues);
  }

  @Override
  public boolean reads(BiometricTemplate enrolled) {
    return SimulatedTemplates.FORMAT.equals(enrolled.format());
  }

  @Override
  public double compare(Frame frame, BiometricTemplate enrolled) {
    GroundTruth.FrameTruth seen = truth.frame(frame.id());
    boolean genuine = seen.recognizable()
        && seen.biometricId().equals(SimulatedTemplates.owner(enrolled));
    return scores.sample(genuine, random);
  }
}
