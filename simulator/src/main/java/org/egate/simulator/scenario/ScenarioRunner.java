package org.egate.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.clearance.ClearanceFlow;
import org.egate.lane.clearance.JournalOutbox;
import org.egate.lane.clearance.LaneParameters;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.journal.Journal;
import org.egate.lane.time.SimulatedTime;

/**
 * Drives scenarios through a simulated lane (typical devices, virtual time starting at the
 * scenario's moment, a journal in {@code journalDir}) against a backend, one fresh lane per
 * scenario so scenarios cannot influence each other. After the walk the server is (back) up, the
 * journal is forwarded, and a journaled crossing must be held by the server exactly once.
 */
public final class ScenarioRunner {
  private final Path journalDir;
  private final long seed;

  public ScenarioRunner(Path journalDir, long seed) {
    this.journalDir = journalDir;
    this.seed = seed;
  }

  /** Every scenario against a fresh backend of {@code backends}. */
  public List<ScenarioResult> runAll(List<Scenario> scenarios, Supplier<ScenarioBackend> backends) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      results.add(run(s, backends.get()));
    }
    return results;
  }

  /** Every scenario against one backend (the real server is started once for all). */
  public List<ScenarioResult> runAll(List<Scenario> scenarios, ScenarioBackend backend) {
    return runAll(scenarios, () -> backend);
  }

  public ScenarioResult run(Scenario scenario, ScenarioBackend backend) {
    SiteCatalog catalog = SiteCatalog.seeded();
    Lane lane = catalog.lane(LaneId.of(scenario.laneId()))
        .orElseThrow(() -> new IllegalArgumentException("scenario '" + scenario.name() + "' names unknown lane "
            + scenario.laneId()));
    SimulatedTime time = new SimulatedTime(scenario.at().toInstant());
    SimulatedLane devices = new SimulatedLane(DeviceProfiles.TYPICAL, time, seed);
    backend.bringBack();
    Optional<ReasonCode> refused = backend.arrange(scenario);
    if (scenario.server() == Scenario.ServerState.DOWN) {
      backend.takeDown();
    }
    AuthorizationService authorization = query -> {
      Authorization answer = backend.authorization().authorize(query);
      if (scenario.server() == Scenario.ServerState.DOWN_AFTER_AUTHORIZATION) {
        backend.takeDown();
      }
      return answer;
    };
    String file = scenario.name().replaceAll("[^A-Za-z0-9-]", "_") + ".journal";
    try (Journal journal = Journal.open(journalDir.resolve(file))) {
      JournalOutbox outbox = new JournalOutbox(journal, backend.crossings());
      ClearanceFlow flow = new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
          authorization, backend.matchers(devices), outbox, time, new SplittableRandom(seed), LaneParameters.DEFAULTS);
      devices.scene().arrive(backend.visitor(scenario));
      Transaction t = flow.serveNext()
          .orElseThrow(() -> new IllegalStateException("scenario '" + scenario.name() + "': the lane served no one"));
      int pendingWhileDown = journal.pendingCount();
      backend.bringBack();
      outbox.forward();
      Optional<String> problem = Optional.empty();
      if (t.record().isPresent()) {
        int held = backend.crossingsHeld(t.record().get().key());
        if (held != 1 || journal.pendingCount() != 0) {
          problem = Optional.of("server holds the crossing " + held + " times, " + journal.pendingCount()
              + " still pending in the journal");
        } else if (scenario.server() == Scenario.ServerState.DOWN_AFTER_AUTHORIZATION && pendingWhileDown != 1) {
          problem = Optional.of("the crossing was not waiting in the journal while the server was down");
        }
      }
      return new ScenarioResult(scenario, t.decision().reason(), devices.scene().prompts(), t.record().isPresent(),
          refused, problem);
    } catch (IOException e) {
      throw new UncheckedIOException("scenario '" + scenario.name() + "': journal in " + journalDir, e);
    }
  }
}
