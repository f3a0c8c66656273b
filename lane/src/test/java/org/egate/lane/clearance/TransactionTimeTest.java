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

  @Test
  void cooperativeTravelersClearWellWithinTheSourcesTwelveSeconds() throws IOException {
    List<Long> total = new ArrayList<>();
    List<Long> toDecision = new ArrayList<>();
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"),
        dir, 2026)) {
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
    System.err.printf("lane transaction, 500 cooperative travelers, seed 2026: to decision median %d ms p95 %d ms;"
        + " document to traveler out (exit door closing) median %d ms p95 %d ms%n", toDecision.get(250), toDecision.get(475),
        total.get(250), total.get(475));
    assertThat(toDecision.get(250)).isLessThanOrEqualTo(7_000);
    assertThat(toDecision.get(475)).isLessThanOrEqualTo(10_000);
    assertThat(total.get(250)).isLessThanOrEqualTo(12_000);
  }
}
