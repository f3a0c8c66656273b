package org.egate.lane.authorization;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.biometric.FaceTemplate;
import org.egate.lane.biometric.FingerTemplate;
import org.egate.lane.biometric.IndexFinger;

/** The server's answer to an {@link AuthorizationRequest}. */
public sealed interface Authorization {

  /** The rule version the server applied (DESIGN.md: every decision names it). */
  String ruleVersion();

  /**
   * The holder may use the lane: match against these templates. {@code reference} is the server's
   * id for this authorization; the crossing record carries it back.
   */
  record Granted(String reference, Optional<FaceTemplate> face, List<FingerTemplate> fingers, String ruleVersion)
      implements Authorization {

    public Granted {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(face, "face");
      Objects.requireNonNull(ruleVersion, "ruleVersion");
      fingers = List.copyOf(fingers);
      EnumSet<IndexFinger> seen = EnumSet.noneOf(IndexFinger.class);
      for (FingerTemplate finger : fingers) {
        if (!seen.add(finger.finger())) {
          throw new IllegalArgumentException("authorization " + reference + " carries " + finger.finger() + " twice");
        }
      }
      if (face.isEmpty() && fingers.isEmpty()) {
        throw new IllegalArgumentException("authorization " + reference + " carries no template to match against");
      }
    }
  }

  /** The holder may not use the lane, for this reason. */
  record Refused(ReasonCode reason, String ruleVersion) implements Authorization {

    public Refused {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(ruleVersion, "ruleVersion");
      if (reason.outcome() == Outcome.ACCEPT) {
        throw new IllegalArgumentException("a refusal needs a refusing reason, not " + reason);
      }
    }
  }
}
