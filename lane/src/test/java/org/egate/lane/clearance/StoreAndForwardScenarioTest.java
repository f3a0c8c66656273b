package org.egate.lane.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.LaneRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away in the middle of a run: the traveler already authorized still gets through
 * (the crossing is journaled before the exit door opens), the next travelers are refused (the lane
 * fails closed), nothing is lost, and when the server is back the journal drains with no record
 * doubled.
 */
class StoreAndForwardScenarioTest {

  static final ZonedDateTime START = ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]");

  @TempDir Path dir;

  @Test
  void theServerDyingMidRunLosesNoCrossingAndDoublesNone() throws IOException {
    List<Transaction> done = new ArrayList<>();
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-A01", START, dir, 11)) {
      List<MrzText> passports = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        MrzText passport = Documents.rocPassport("T" + (char) ('A' + i), String.format("4000000%02d", i));
        passports.add(passport);
        rig.server.enroll(passport, "traveler-" + i);
      }

      // Travelers 0-2 pass normally; the server dies right after authorizing traveler 3.
      for (int i = 0; i < 3; i++) {
        done.add(walk(rig, passports.get(i), "traveler-" + i));
      }
      rig.server.goDownAfterAuthorizations(1);
      Transaction third = walk(rig, passports.get(3), "traveler-3");
      done.add(third);
      assertThat(third.decision().reason()).as("authorized before the server died").isEqualTo(ReasonCode.CLEARED);
      assertThat(rig.journal.pendingCount()).isEqualTo(1);

      // While it is down, the lane fails closed for new authorizations, and keeps every record.
      Transaction refused4 = walk(rig, passports.get(4), "traveler-4");
      Transaction refused5 = walk(rig, passports.get(5), "traveler-5");
      done.add(refused4);
      done.add(refused5);
      assertThat(refused4.decision().reason()).isEqualTo(ReasonCode.SERVER_UNAVAILABLE);
      assertThat(refused4.timeline().path()).doesNotContain(org.egate.lane.controller.LaneState.ENTRY);
      assertThat(refused4.record()).as("nobody identified, nothing to record").isEmpty();
      assertThat(rig.journal.pendingCount()).isEqualTo(1);

      // The server comes back: the next transaction's forward drains the backlog.
      rig.server.comeBack();
      for (int i = 6; i < 10; i++) {
        done.add(walk(rig, passports.get(i), "traveler-" + i));
      }
      assertThat(rig.journal.pendingCount()).isZero();

      Map<IdempotencyKey, byte[]> stored = rig.server.crossings();
      Set<IdempotencyKey> expected = done.stream().flatMap(t -> t.record().stream()).map(CrossingRecord::key)
          .collect(Collectors.toSet());
      assertThat(expected).hasSize(8);
      assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(expected);
      long passed = stored.values().stream().map(CrossingRecordJson::decode).filter(r -> r.decision().passed()).count();
      assertThat(passed).isEqualTo(8);
      // An arrival lane records arrivals (exit bans, checked by the server, apply to departures only).
      assertThat(stored.values().stream().map(CrossingRecordJson::decode))
          .allSatisfy(r -> assertThat(r.direction()).isEqualTo(org.egate.border.site.Direction.ARRIVAL));
      assertThat(rig.devices.officerCall().alerts()).extracting(a -> a.reason())
          .containsExactly(ReasonCode.SERVER_UNAVAILABLE, ReasonCode.SERVER_UNAVAILABLE);
    }
  }

  @Test
  void aLaneRestartedAfterAnOutageForwardsWhatItsJournalStillHolds() throws IOException {
    Transaction t;
    MrzText passport = Documents.rocPassport("HUANG", "500000001");
    try (LaneRig rig = new LaneRig("KAOHSIUNG-MAIN-D01", START, dir, 3)) {
      rig.server.enroll(passport, "huang");
      rig.server.goDownAfterAuthorizations(1);
      t = walk(rig, passport, "huang");
      assertThat(t.decision().passed()).isTrue();
      assertThat(rig.journal.pendingCount()).isEqualTo(1);
    }
    // The lane process restarts on the same journal; the new server instance is up.
    try (LaneRig restarted = new LaneRig("KAOHSIUNG-MAIN-D01", START, dir, 3)) {
      assertThat(restarted.journal.pending()).singleElement()
          .satisfies(e -> assertThat(e.key()).isEqualTo(t.record().orElseThrow().key()));
      restarted.outbox.forward();
      assertThat(restarted.server.crossings()).containsOnlyKeys(t.record().orElseThrow().key());
      CrossingRecord forwarded = CrossingRecordJson.decode(restarted.server.crossings().values().iterator().next());
      assertThat(forwarded).isEqualTo(withSameValues(t.record().orElseThrow(), forwarded));
    }
  }

  private static CrossingRecord withSameValues(CrossingRecord original, CrossingRecord decoded) {
    // Records hold doubles and durations that survive JSON exactly; compare field by field via the tree.
    assertThat(CrossingRecordJson.tree(decoded)).isEqualTo(CrossingRecordJson.tree(original));
    return decoded;
  }

  private static Transaction walk(LaneRig rig, MrzText passport, String biometricId) {
    rig.devices.scene().arrive(Visitor.with(biometricId, passport).build());
    return rig.lane.serveNext().orElseThrow();
  }
}
