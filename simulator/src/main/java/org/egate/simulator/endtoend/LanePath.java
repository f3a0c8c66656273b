package org.egate.simulator.endtoend;

import java.util.EnumSet;
import java.util.Set;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.controller.LaneState;
import org.egate.lane.device.Prompt;

/**
 * Which way a transaction went through the lane, so the report can say where the time goes: a
 * median over everyone mixes a refusal at the reader (about a second) with a fingerprint rescue
 * (ten or more).
 */
public enum LanePath {
  /** Refused before the entry door opened (document, authorization, lane closed, fault). */
  REFUSED_AT_READER,
  /** Cleared by the face, no prompt beyond "look at the camera". */
  CLEARED_BY_FACE,
  /** Cleared by the face after the lane asked for something (sunglasses, hat, mask, trolley). */
  CLEARED_AFTER_PROMPT,
  /** Cleared by a fingerprint: the face was unusable or did not match. */
  CLEARED_BY_FINGERPRINT,
  /** Entered the lane and was sent back through the entry door. */
  SENT_BACK;

  /** Prompts that mean the traveler had to do something before the face could be taken. */
  private static final Set<Prompt> ASKED = EnumSet.of(Prompt.REMOVE_SUNGLASSES, Prompt.REMOVE_HAT, Prompt.REMOVE_MASK,
      Prompt.NO_TROLLEY);

  public static LanePath of(Transaction done) {
    boolean entered = done.timeline().path().contains(LaneState.ENTRY);
    if (!entered) {
      return REFUSED_AT_READER;
    }
    if (done.decision().reason() != ReasonCode.CLEARED) {
      return SENT_BACK;
    }
    if (!done.decision().evidence().fingerScores().isEmpty()) {
      return CLEARED_BY_FINGERPRINT;
    }
    return done.decision().evidence().prompts().stream().anyMatch(ASKED::contains) ? CLEARED_AFTER_PROMPT
        : CLEARED_BY_FACE;
  }
}
