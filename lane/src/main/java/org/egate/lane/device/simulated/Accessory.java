package org.egate.lane.device.simulated;

import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.device.Prompt;

/** Things a traveler may wear that the gate forbids (DESIGN.md, "At the gate"). */
public enum Accessory {
  SUNGLASSES(FaceIssue.SUNGLASSES, Prompt.REMOVE_SUNGLASSES),
  HAT(FaceIssue.HAT, Prompt.REMOVE_HAT),
  MASK(FaceIssue.MASK, Prompt.REMOVE_MASK);

  private final FaceIssue issue;
  private final Prompt removedBy;

  Accessory(FaceIssue issue, Prompt removedBy) {
    this.issue = issue;
    this.removedBy = removedBy;
  }

  public FaceIssue issue() {
    return issue;
  }

  /** The prompt after which a compliant traveler takes it off. */
  public Prompt removedBy() {
    return removedBy;
  }
}
