package org.egate.simulator.scenario;

import java.util.Optional;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.journal.JournalSink;

/**
 * The central side of a scenario run: arranges the scenario's world (enrollment, exit ban,
 * lost/stolen report, withdrawal) and answers the lane, and can be taken down and brought back.
 * Implemented in-process on the border domain ({@link InProcessServer}, tests) and against the
 * real server over HTTP ({@link ServerBackend}).
 */
public interface ScenarioBackend {
  /**
   * Sets up everything the scenario states about the system before the traveler walks up, with
   * the server up; returns the enrollment desk's refusal when the application was refused.
   */
  Optional<ReasonCode> arrange(Scenario scenario);

  AuthorizationService authorization();

  JournalSink crossings();

  /** The server stops answering (authorizations and crossings). */
  void takeDown();

  /** The server answers again. */
  void bringBack();

  /** How many crossings the server holds under this idempotency key (1 when forwarded, never 2). */
  int crossingsHeld(IdempotencyKey key);

  /** The matchers of the lane that walks this backend's scenarios. */
  default Matchers matchers(SimulatedLane lane) {
    return lane.matchers();
  }

  /** The scenario's traveler as the lane's simulated devices perceive them. */
  default Visitor visitor(Scenario scenario) {
    return Visitors.of(scenario.traveler());
  }
}
