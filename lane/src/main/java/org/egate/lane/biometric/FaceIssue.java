package org.egate.lane.biometric;

import java.util.Optional;
import org.egate.lane.device.Prompt;

/**
 * Why a live frame is not usable for matching, each with what the lane asks the traveler to do
 * (DESIGN.md, "At the gate": no sunglasses, hat or mask).
 */
public enum FaceIssue {
  NO_FACE(Prompt.LOOK_AT_CAMERA),
  NOT_FRONTAL(Prompt.LOOK_AT_CAMERA),
  SUNGLASSES(Prompt.REMOVE_SUNGLASSES),
  HAT(Prompt.REMOVE_HAT),
  MASK(Prompt.REMOVE_MASK),
  /** Blur, exposure or size outside what the matcher was calibrated for; another frame may do. */
  POOR_IMAGE(Prompt.LOOK_AT_CAMERA),
  /** More than one face: possible tailgating; never fixed by a prompt. */
  SEVERAL_FACES(null);

  private final Prompt prompt;

  FaceIssue(Prompt prompt) {
    this.prompt = prompt;
  }

  /** Something worn that hides the face: the traveler can take it off when asked. */
  public boolean worn() {
    return this == SUNGLASSES || this == HAT || this == MASK;
  }

  /** What to ask the traveler; empty when the lane must abort instead. */
  public Optional<Prompt> prompt() {
    return Optional.ofNullable(prompt);
  }
}
