package org.egate.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.clearance.ClearanceFlow;
import org.egate.lane.clearance.JournalOutbox;
import org.egate.lane.clearance.LaneParameters;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.journal.Journal;
import org.egate.lane.journal.JournalSink;
import org.egate.lane.time.SimulatedTime;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * Many travelers, one after another, through one simulated lane on virtual time (typical
 * devices, a real journal), against a server: the building block of population runs.
 */
public final class LaneSession {
  /** One traveler's pass: the decision's reason and how long the lane was theirs. */
  public record Walk(SimulatedTraveler traveler, ReasonCode reason, Duration laneTime, boolean journaled) {}

  /** What the session produced, and how many journal entries still wait to be forwarded. */
  public record Result(List<Walk> walks, int pendingInJournal) {
    public Result {
      walks = List.copyOf(walks);
    }
  }

  private final String laneId;
  private final ZonedDateTime start;
  private final Path journalFile;
  private final long seed;

  public LaneSession(String laneId, ZonedDateTime start, Path journalFile, long seed) {
    this.laneId = laneId;
    this.start = start;
    this.journalFile = journalFile;
    this.seed = seed;
  }

  public Result run(List<SimulatedTraveler> travelers, AuthorizationService authorization, JournalSink crossings) {
    SiteCatalog catalog = SiteCatalog.seeded();
    Lane lane = catalog.lane(LaneId.of(laneId)).orElseThrow(() -> new IllegalArgumentException("unknown lane " + laneId));
    SimulatedTime time = new SimulatedTime(start.toInstant());
    SimulatedLane devices = new SimulatedLane(DeviceProfiles.TYPICAL, time, seed);
    List<Walk> walks = new ArrayList<>(travelers.size());
    try (Journal journal = Journal.open(journalFile)) {
      JournalOutbox outbox = new JournalOutbox(journal, crossings);
      ClearanceFlow flow = new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
          authorization, devices.matchers(), outbox, time, new SplittableRandom(seed), LaneParameters.DEFAULTS);
      for (SimulatedTraveler t : travelers) {
        devices.scene().arrive(Visitors.of(t));
        Transaction tx = flow.serveNext()
            .orElseThrow(() -> new IllegalStateException("lane " + laneId + " served no one for " + t.biometricId()));
        walks.add(new Walk(t, tx.decision().reason(), tx.timeline().total(), tx.record().isPresent()));
        if (flow.fault().isPresent()) {
          flow.restore(); // an officer fixes the lane before the next traveler
        }
      }
      outbox.forward();
      return new Result(walks, journal.pendingCount());
    } catch (IOException e) {
      throw new UncheckedIOException("lane " + laneId + ": journal " + journalFile, e);
    }
  }
}
