package org.egate.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
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
 * scenario so scenarios cannot influence each other.
 */
public final class ScenarioRunner {
  private final Path journalDir;
  private final long seed;

  public ScenarioRunner(Path journalDir, long seed) {
    this.journalDir = journalDir;
    this.seed = seed;
  }

  public List<ScenarioResult> runAll(List<Scenario> scenarios, Supplier<ScenarioBackend> backends) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario s : scenarios) {
      results.add(run(s, backends.get()));
    }
    return results;
  }

  public ScenarioResult run(Scenario scenario, ScenarioBackend backend) {
    SiteCatalog catalog = SiteCatalog.seeded();
    Lane lane = catalog.lane(LaneId.of(scenario.laneId()))
        .orElseThrow(() -> new IllegalArgumentException("scenario '" + scenario.name() + "' names unknown lane "
            + scenario.laneId()));
    SimulatedTime time = new SimulatedTime(scenario.at().toInstant());
    SimulatedLane devices = new SimulatedLane(DeviceProfiles.TYPICAL, time, seed);
    backend.arrange(scenario);
    String file = scenario.name().replaceAll("[^A-Za-z0-9-]", "_") + ".journal";
    try (Journal journal = Journal.open(journalDir.resolve(file))) {
      ClearanceFlow flow = new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
          backend.authorization(), devices.matchers(), new JournalOutbox(journal, backend.crossings()), time,
          new SplittableRandom(seed), LaneParameters.DEFAULTS);
      devices.scene().arrive(Visitors.of(scenario.traveler()));
      Transaction t = flow.serveNext()
          .orElseThrow(() -> new IllegalStateException("scenario '" + scenario.name() + "': the lane served no one"));
      return new ScenarioResult(scenario, t.decision().reason(), devices.scene().prompts(), t.record().isPresent());
    } catch (IOException e) {
      throw new UncheckedIOException("scenario '" + scenario.name() + "': journal in " + journalDir, e);
    }
  }
}
