package org.egate.simulator.endtoend;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * What the rules say must happen to a traveler at a lane, where they say it plainly (decision
 * 0080): refused when not enrolled on the server, an impostor, under an exit ban on departure or
 * holding an expired document; cleared when enrolled, cooperative and nothing stands against them,
 * except that a biometric or device refusal of such a traveler is a false reject, counted apart,
 * not a rule mismatch. Anything else (prompts ignored, companions, trolleys, lost documents the
 * run did not report) states no expectation.
 */
public record Expectation(Expected expected, String why) {
  public enum Expected { CLEARED, REFUSED, NONE }

  /** Refusals that are the engines' or the devices' doing, not a rule's. */
  static final Set<ReasonCode> BIOMETRIC_OR_DEVICE = EnumSet.of(ReasonCode.FACE_MISMATCH, ReasonCode.FINGER_MISMATCH,
      ReasonCode.FACE_NOT_DETECTED, ReasonCode.FACE_QUALITY_TOO_LOW, ReasonCode.FINGER_QUALITY_TOO_LOW,
      ReasonCode.TIMED_OUT, ReasonCode.DEVICE_FAULT);

  static Expectation of(SimulatedTraveler t, boolean enrolledOnServer, boolean exitBanArranged, Direction direction,
      LocalDate day) {
    if (!enrolledOnServer) {
      return new Expectation(Expected.REFUSED, "not enrolled on the server");
    }
    if (t.behaviour().impostor()) {
      return new Expectation(Expected.REFUSED, "impostor with the holder's document");
    }
    if (exitBanArranged && direction == Direction.DEPARTURE) {
      return new Expectation(Expected.REFUSED, "exit ban on departure");
    }
    if (t.document().expiredOn(day)) {
      return new Expectation(Expected.REFUSED, "expired document");
    }
    if (t.behaviour().ordinary() && !t.documentLostOrStolen() && !t.kinmenMatsuPermit()) {
      return new Expectation(Expected.CLEARED, "enrolled, cooperative, nothing against them");
    }
    return new Expectation(Expected.NONE, "behaviour or standing the run does not judge");
  }

  /** A mismatch: the lane decided against what the rules plainly say. */
  public boolean mismatchedBy(ReasonCode actual) {
    return switch (expected) {
      case REFUSED -> actual == ReasonCode.CLEARED;
      case CLEARED -> actual != ReasonCode.CLEARED && !BIOMETRIC_OR_DEVICE.contains(actual);
      case NONE -> false;
    };
  }

  /** A cooperative enrolled traveler refused by a matcher or a device. */
  public boolean falseRejectBy(ReasonCode actual) {
    return expected == Expected.CLEARED && BIOMETRIC_OR_DEVICE.contains(actual);
  }
}
