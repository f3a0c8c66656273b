package org.egate.lane.biometric;

import java.util.EnumSet;
import java.util.Set;

/** The quality verdict on one live frame: how many faces, and what is wrong with it. */
public record FaceAssessment(int faces, Set<FaceIssue> issues) {

  public FaceAssessment {
    if (faces < 0) {
      throw new IllegalArgumentException("face count cannot be negative but was " + faces);
    }
    issues = issues.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(issues));
    if (faces > 1 && !issues.contains(FaceIssue.SEVERAL_FACES)) {
      throw new IllegalArgumentException(faces + " faces must carry SEVERAL_FACES, issues were " + issues);
    }
  }

  public static FaceAssessment of(int faces, Set<FaceIssue> issues) {
    EnumSet<FaceIssue> all = issues.isEmpty() ? EnumSet.noneOf(FaceIssue.class) : EnumSet.copyOf(issues);
    if (faces == 0) {
      all.add(FaceIssue.NO_FACE);
    }
    if (faces > 1) {
      all.add(FaceIssue.SEVERAL_FACES);
    }
    return new FaceAssessment(faces, all);
  }

  /** One face and nothing wrong with it. */
  public boolean usable() {
    return faces == 1 && issues.isEmpty();
  }

  /** The issue the traveler should fix first (enum order: look at the camera before accessories). */
  public FaceIssue firstIssue() {
    return EnumSet.copyOf(issues).iterator().next();
  }
}
