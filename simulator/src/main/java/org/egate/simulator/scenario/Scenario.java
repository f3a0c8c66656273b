package org.egate.simulator.scenario;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.device.Prompt;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * One rule of the source, as a walk-up at a lane: who comes (their document, standing and
 * behaviour), where and when, whether the server answers, and what the lane must decide.
 *
 * @param rule the rule exercised, in the words of DESIGN.md / the source
 * @param laneId a lane of {@code SiteCatalog.seeded()}, e.g. {@code TAOYUAN-T2-D01}
 * @param enrolledOn the day the traveler enrolled (present exactly when the traveler is enrolled)
 * @param fingerprintsEnrolled false for an enrollment made before 2017-03-08 without fingerprints
 * @param serverUp false: the central server does not answer
 * @param expectedPrompt a prompt the traveler must have seen, if the rule is enforced by a prompt
 */
public record Scenario(
    String name,
    String rule,
    String laneId,
    ZonedDateTime at,
    SimulatedTraveler traveler,
    Optional<LocalDate> enrolledOn,
    boolean fingerprintsEnrolled,
    boolean serverUp,
    ReasonCode expected,
    Optional<Prompt> expectedPrompt) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(traveler, "traveler");
    Objects.requireNonNull(expected, "expected");
    if (traveler.enrolled() != enrolledOn.isPresent()) {
      throw new IllegalArgumentException("scenario '" + name + "': an enrolled traveler needs an enrollment day and"
          + " only an enrolled one may have it (enrolled " + traveler.enrolled() + ", enrolledOn " + enrolledOn + ")");
    }
    if (enrolledOn.isPresent() && enrolledOn.get().isAfter(at.toLocalDate())) {
      throw new IllegalArgumentException("scenario '" + name + "' enrolls on " + enrolledOn.get() + ", after its day "
          + at.toLocalDate());
    }
  }

  public Outcome expectedOutcome() {
    return expected.outcome();
  }

  public LocalDate day() {
    return at.toLocalDate();
  }
}
