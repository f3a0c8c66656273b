package org.egate.simulator.scenario;

import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.journal.JournalSink;

/**
 * The central side of a scenario run: arranges the scenario's world (enrollment, exit ban,
 * lost/stolen report, server up or down) and answers the lane. Implemented in-process on the
 * border domain (tests, with its fakes) and, later, against a real server over HTTP.
 */
public interface ScenarioBackend {
  /** Sets up everything the scenario states about the system before the traveler walks up. */
  void arrange(Scenario scenario);

  AuthorizationService authorization();

  JournalSink crossings();
}
