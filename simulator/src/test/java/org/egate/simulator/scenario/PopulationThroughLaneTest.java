package org.egate.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.LossReport;
import org.egate.border.exitban.ExitBan;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.simulator.capacity.Arrivals;
import org.egate.simulator.capacity.CapacityModel;
import org.egate.simulator.capacity.CapacityParameters;
import org.egate.simulator.capacity.EmpiricalServiceTimes;
import org.egate.simulator.capacity.GateHall;
import org.egate.simulator.population.PopulationGenerator;
import org.egate.simulator.population.PopulationParameters;
import org.egate.simulator.population.SimulatedTraveler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated population through one Taoyuan departure lane, in process (border domain on its
 * fakes): every rule the population breaks must keep that traveler from clearing, every traveler
 * with nothing wrong must clear, and no crossing may be lost. The lane times then feed the
 * capacity model as measured service times.
 */
class PopulationThroughLaneTest {
  static final ZonedDateTime FRIDAY = ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]");
  static final int TRAVELERS = 400;

  @TempDir Path dir;

  @Test
  void rulesHoldForAGeneratedPopulationAndNoCrossingIsLost() throws Exception {
    LocalDate day = FRIDAY.toLocalDate();
    List<SimulatedTraveler> population = new PopulationGenerator(PopulationParameters.DEFAULTS, day).generate(TRAVELERS, 1);
    BorderWorld world = new BorderWorld(day);
    List<SimulatedTraveler> walking = new ArrayList<>();
    for (SimulatedTraveler t : population) {
      boolean enrolled = false;
      if (t.enrolled()) {
        // enroll on a day the document was valid
        LocalDate on = t.document().expiredOn(day) ? t.document().expiresOn().minusDays(1) : day.minusDays(1);
        world.clock.setDay(on);
        enrolled = BorderWorldBackend.enroll(world, t, true).stored().isPresent();
      }
      walking.add(t.withStanding(enrolled, t.exitBan(), t.documentLostOrStolen()));
    }
    world.clock.set(day, FRIDAY.toLocalTime());
    for (SimulatedTraveler t : walking) {
      if (t.exitBan()) {
        world.exitBans.save(ExitBan.imposed(world.exitBans.nextId(), BorderWorldBackend.travelerId(t), day.minusDays(5),
            "Taipei District Court"));
      }
      if (t.documentLostOrStolen()) {
        world.lostStolen.report(new LossReport(BorderWorldBackend.keyOf(t), day.minusDays(2), "holder's report"));
      }
    }
    InProcessServer server = new InProcessServer(world.authorizer, world.clock);

    LaneSession.Result result = new LaneSession(ScenarioLibrary.TAOYUAN_DEPARTURE, FRIDAY, dir.resolve("lane.journal"), 1)
        .run(walking, server, server);

    List<LaneSession.Walk> walks = result.walks();
    assertThat(walks).hasSize(TRAVELERS);
    List<String> broken = new ArrayList<>();
    for (LaneSession.Walk w : walks) {
      SimulatedTraveler t = w.traveler();
      boolean cleared = w.reason() == ReasonCode.CLEARED;
      boolean mustNotClear = !t.enrolled() || t.exitBan() || t.documentLostOrStolen() || t.document().expiredOn(day)
          || t.kinmenMatsuPermit() || t.behaviour().impostor() || t.behaviour().companions() > 0 || t.behaviour().child()
          || (t.behaviour().trolley() && t.behaviour().ignoresPrompts());
      boolean nothingWrong = !mustNotClear && t.behaviour().ordinary();
      if ((mustNotClear && cleared) || (nothingWrong && !cleared)) {
        broken.add(t.biometricId() + " " + w.reason() + " " + t);
      }
    }
    assertThat(broken).as("travelers whose decision contradicts the rules").isEmpty();
    // every decision after the document was read is journaled and forwarded: none lost, none left behind
    assertThat(result.pendingInJournal()).isZero();
    assertThat(server.crossings()).hasSize((int) walks.stream().filter(LaneSession.Walk::journaled).count());

    Map<ReasonCode, Long> byReason = walks.stream()
        .collect(Collectors.groupingBy(LaneSession.Walk::reason, () -> new EnumMap<>(ReasonCode.class), Collectors.counting()));
    double[] seconds = walks.stream().mapToDouble(w -> w.laneTime().toMillis() / 1000.0).sorted().toArray();
    double median = seconds[seconds.length / 2];
    double p95 = seconds[(int) Math.ceil(0.95 * seconds.length) - 1];
    System.out.printf("population run: %d travelers, by reason %s, lane time median %.1f s, p95 %.1f s%n",
        walks.size(), byReason, median, p95);
    assertThat(byReason.get(ReasonCode.CLEARED)).isGreaterThan(TRAVELERS / 2);
    assertThat(walks).allSatisfy(w -> assertThat(w.reason().outcome()).isIn(Outcome.ACCEPT, Outcome.REJECT, Outcome.REFER));

    // the measured lane times are the capacity model's service times
    // also left in target/ for `egate simulate --service-times simulator/target/population-lane-seconds.txt`
    String text = "# lane seconds per traveler: " + TRAVELERS + " generated travelers (seed 1) through "
        + ScenarioLibrary.TAOYUAN_DEPARTURE + ", in process, typical simulated devices\n"
        + java.util.Arrays.stream(seconds).mapToObj(Double::toString).collect(Collectors.joining("\n")) + "\n";
    Path times = Files.writeString(dir.resolve("lane-seconds.txt"), text);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("population-lane-seconds.txt"), text);
    }
    EmpiricalServiceTimes measured = org.egate.simulator.capacity.ServiceTimesFile.read(times);
    assertThat(measured.count()).isEqualTo(TRAVELERS);
    var report = new CapacityModel(new CapacityParameters(5, 0.5, 4, 40))
        .lanesFor(new GateHall(Arrivals.poisson(1000), 1, measured), 60, 1);
    System.out.printf("capacity with these lane times: 1000/h need %d lanes for p95 wait <= 60 s%n",
        report.lanesNeeded().orElseThrow().hall().lanes());
    assertThat(report.lanesNeeded()).isPresent();
  }
}
