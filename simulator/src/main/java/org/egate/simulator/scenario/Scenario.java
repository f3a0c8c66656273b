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
 * @param enrolledOn the day the traveler enrolled, or applied and was refused (present exactly
 *     when the traveler is enrolled or {@code enrollmentRefused} is present)
 * @param fingerprintsEnrolled false for an enrollment applied for without fingerprints
 * @param server whether the central server answers the lane
 * @param expectedPrompt a prompt the traveler must have seen, if the rule is enforced by a prompt
 * @param enrollmentRefused the enrollment desk must refuse the application with this reason (the
 *     traveler then walks up not enrolled)
 * @param withdrawn the enrollment was withdrawn before the walk
 */
public record Scenario(
    String name,
    String rule,
    String laneId,
    ZonedDateTime at,
    SimulatedTraveler traveler,
    Optional<LocalDate> enrolledOn,
    boolean fingerprintsEnrolled,
    ServerState server,
    ReasonCode expected,
    Optional<Prompt> expectedPrompt,
    Optional<ReasonCode> enrollmentRefused,
    boolean withdrawn) {

  /** The central server as the lane meets it. */
  public enum ServerState {
    /** Answers authorizations and takes crossings. */
    UP,
    /** No answer at all: the lane fails closed. */
    DOWN,
    /**
     * Answers the authorization, then goes down before the crossing is forwarded: the lane
     * journals it and forwards it, exactly once, when the server is back.
     */
    DOWN_AFTER_AUTHORIZATION
  }

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(laneId, "laneId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(traveler, "traveler");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(enrollmentRefused, "enrollmentRefused");
    boolean applied = traveler.enrolled() || enrollmentRefused.isPresent();
    if (applied != enrolledOn.isPresent()) {
      throw new IllegalArgumentException("scenario '" + name + "': an enrolled traveler needs an enrollment day and"
          + " only an enrolled one may have it (enrolled " + traveler.enrolled() + ", enrolledOn " + enrolledOn + ")");
    }
    if (traveler.enrolled() && enrollmentRefused.isPresent()) {
      throw new IllegalArgumentException("scenario '" + name + "': a refused application leaves the traveler not enrolled");
    }
    if (enrollmentRefused.isPresent() && enrollmentRefused.get().outcome() == Outcome.ACCEPT) {
      throw new IllegalArgumentException("scenario '" + name + "': " + enrollmentRefused.get() + " is not a refusal");
    }
    if (withdrawn && !traveler.enrolled()) {
      throw new IllegalArgumentException("scenario '" + name + "': only an enrollment can be withdrawn");
    }
    if (enrolledOn.isPresent() && enrolledOn.get().isAfter(at.toLocalDate())) {
      throw new IllegalArgumentException("scenario '" + name + "' enrolls on " + enrolledOn.get() + ", after its day "
          + at.toLocalDate());
    }
  }

  /** A scenario with an accepted (or no) enrollment application that stays in force. */
  public Scenario(String name, String rule, String laneId, ZonedDateTime at, SimulatedTraveler traveler,
      Optional<LocalDate> enrolledOn, boolean fingerprintsEnrolled, boolean serverUp, ReasonCode expected,
      Optional<Prompt> expectedPrompt) {
    this(name, rule, laneId, at, traveler, enrolledOn, fingerprintsEnrolled, serverUp ? ServerState.UP : ServerState.DOWN,
        expected, expectedPrompt, Optional.empty(), false);
  }

  public Outcome expectedOutcome() {
    return expected.outcome();
  }

  public LocalDate day() {
    return at.toLocalDate();
  }

  public boolean serverUp() {
    return server != ServerState.DOWN;
  }
}
