package org.egate.simulator.scenario;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.biometric.FaceAssessment;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.device.Frame;

/**
 * The lane's face engine on the frame's pixels, with what the traveler wears taken from the
 * simulated camera's ground truth (decision 0140): on the rendered gate frames the engine's
 * quality checks did not flag sunglasses, hats or masks (0 of 4 occlusion scenarios on the real
 * server, 2026-11-27), so without this the occlusion rules could not be exercised end to end.
 * Comparison, face count and every other quality item stay the engine's; a companion the camera
 * saw counts as a second face.
 */
public final class AccessoryTruthFaceMatcher implements FaceMatcher {
  private static final Set<FaceIssue> ACCESSORIES = EnumSet.of(FaceIssue.SUNGLASSES, FaceIssue.HAT, FaceIssue.MASK);

  private final FaceMatcher engine;
  private final FaceMatcher truth;

  public AccessoryTruthFaceMatcher(FaceMatcher engine, FaceMatcher truth) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.truth = Objects.requireNonNull(truth, "truth");
  }

  @Override
  public FaceAssessment assess(Frame frame) {
    FaceAssessment known = truth.assess(frame);
    FaceAssessment seen = engine.assess(frame);
    int faces = known.faces() > 1 ? Math.max(known.faces(), seen.faces()) : seen.faces();
    if (faces > 1) {
      return FaceAssessment.of(faces, EnumSet.of(FaceIssue.SEVERAL_FACES));
    }
    EnumSet<FaceIssue> worn = EnumSet.noneOf(FaceIssue.class);
    known.issues().stream().filter(ACCESSORIES::contains).forEach(worn::add);
    seen.issues().stream().filter(ACCESSORIES::contains).forEach(worn::add);
    if (!worn.isEmpty()) {
      return FaceAssessment.of(Math.max(1, faces), worn); // only the accessories are named, as the engine does
    }
    return seen;
  }

  @Override
  public boolean reads(BiometricTemplate enrolled) {
    return engine.reads(enrolled);
  }

  @Override
  public double compare(Frame frame, BiometricTemplate enrolled) {
    return engine.compare(frame, enrolled);
  }
}
