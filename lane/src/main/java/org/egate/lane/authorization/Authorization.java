package org.egate.lane.authorization;

import java.util.Objects;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.border.traveler.TravelerId;

/** The server's answer to an {@link AuthorizationQuery}. */
public sealed interface Authorization {

  /** The rule version the server applied (DESIGN.md: every decision names it). */
  String ruleVersion();

  /**
   * The holder may use the lane: who they are (the crossing record names them) and the enrolled
   * templates, sealed for this lane, to match against.
   */
  record Granted(TravelerId traveler, EnrollmentId enrollment, BiometricSet templates, String ruleVersion)
      implements Authorization {

    public Granted {
      Objects.requireNonNull(traveler, "traveler");
      Objects.requireNonNull(enrollment, "enrollment");
      Objects.requireNonNull(templates, "templates");
      Objects.requireNonNull(ruleVersion, "ruleVersion");
      if (templates.face() == null && templates.fingers().isEmpty()) {
        throw new IllegalArgumentException("authorization of enrollment " + enrollment
            + " carries no template to match against");
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
