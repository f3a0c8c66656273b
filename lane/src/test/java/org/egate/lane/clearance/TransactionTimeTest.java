package org.egate.lane.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.egate.lane.controller.LaneState;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.LaneRig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the typical device figures (docs/DEVICES.md) add up to for cooperative, enrolled travelers:
 * the source quotes "12 s at best"; BSI TR-03121 and the issue aim for a median of 7 s to the
 * decision and 10 s at the 95th percentile. Printed for docs/DEVICES.md, asserted loosely.
 */
class TransactionTimeTest {

  @TempDir Path dir;

  /** Median and p95 (ms) of document-to-decision and of the whole transaction. */
  private record Times(long toDecisionMedian, long toDecisionP95, long totalMedian, long totalP95) {}

  private Times run(DeviceProfiles profiles, String journal) throws IOException {
    List<Long> total = new ArrayList<>();
    List<Long> toDecision = new ArrayList<>();
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"),
        dir.resolve(journal), 2026, profiles)) {
      for (int i = 0; i < 500; i++) {
        MrzText passport = Documents.rocPassport("P", String.format("6%08d", i));
        rig.server.enroll(passport, "p" + i);
        rig.devices.scene().arrive(Visitor.with("p" + i, passport).build());
        Transaction t = rig.lane.serveNext().orElseThrow();
        assertThat(t.decision().passed()).as("traveler %d: %s %s", i, t.decision().reason(), t.decision().clearance().checks()).isTrue();
        total.add(t.timeline().total().toMillis());
        toDecision.add(t.decision().stepTimings().entrySet().stream()
            .filter(e -> e.getKey() != LaneState.DECISION).map(e -> e.getValue()).reduce(Duration.ZERO, Duration::plus)
            .toMillis());
      }
    }
    total.sort(Long::compare);
    toDecision.sort(Long::compare);
    return new Times(toDecision.get(250), toDecision.get(475), total.get(250), total.get(475));
  }

  @Test
  void cooperativeTravelersClearWellWithinTheSourcesTwelveSeconds() throws IOException {
    Times walkingWithTheDoor = run(DeviceProfiles.TYPICAL, "with");
    Times standingUntilOpen = run(DeviceProfiles.TYPICAL.standingUntilDoorsOpen(), "standing");
    System.err.printf("lane transaction, 500 cooperative travelers, seed 2026: %s (walking with the door, 0161);"
        + " %s (standing until each door is open, 0132)%n", walkingWithTheDoor, standingUntilOpen);
    assertThat(walkingWithTheDoor.toDecisionMedian()).isLessThanOrEqualTo(7_000);
    assertThat(walkingWithTheDoor.toDecisionP95()).isLessThanOrEqualTo(10_000);
    assertThat(walkingWithTheDoor.totalMedian()).isLessThanOrEqualTo(12_000);
    // Stepping off with the leaves overlaps part of each walk with a door's motion, never all of it:
    // the traveler is through an open door no sooner than pastOpenDoor after it opened.
    long saved = standingUntilOpen.totalMedian() - walkingWithTheDoor.totalMedian();
    assertThat(saved).isPositive().isLessThan(2 * 1300);
  }
}
