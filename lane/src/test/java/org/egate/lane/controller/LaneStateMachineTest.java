package org.egate.lane.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.egate.border.site.LaneId;
import org.egate.lane.time.SimulatedTime;
import org.junit.jupiter.api.Test;

class LaneStateMachineTest {

  final SimulatedTime time = new SimulatedTime(Instant.parse("2026-11-27T01:00:00Z"));
  final LaneStateMachine machine = new LaneStateMachine(LaneId.of("TAOYUAN-T2-D01"), time);

  @Test
  void everyTransitionIsStampedByTheLaneClockAndTheTimelineSaysHowLongEachStateLasted() {
    machine.beginTransaction();
    machine.moveTo(LaneState.DOCUMENT, "document placed");
    time.advance(Duration.ofMillis(1200));
    machine.moveTo(LaneState.AUTHORIZATION, "MRZ read");
    time.advance(Duration.ofMillis(80));
    machine.moveTo(LaneState.DECISION, "NOT_ENROLLED");
    machine.moveTo(LaneState.RETURN, "NOT_ENROLLED");
    time.advance(Duration.ofMillis(500));
    machine.moveTo(LaneState.IDLE, "lane clear");

    Timeline timeline = machine.timeline();
    assertThat(timeline.events().get(1).at()).isEqualTo(Instant.parse("2026-11-27T01:00:01.200Z"));
    assertThat(timeline.timeIn()).containsEntry(LaneState.DOCUMENT, Duration.ofMillis(1200))
        .containsEntry(LaneState.AUTHORIZATION, Duration.ofMillis(80))
        .containsEntry(LaneState.DECISION, Duration.ZERO)
        .containsEntry(LaneState.RETURN, Duration.ofMillis(500));
    assertThat(timeline.total()).isEqualTo(Duration.ofMillis(1780));
  }

  @Test
  void theExitDoorCannotBeReachedWithoutADecision() {
    machine.moveTo(LaneState.DOCUMENT, "document placed");
    machine.moveTo(LaneState.AUTHORIZATION, "MRZ read");
    machine.moveTo(LaneState.ENTRY, "authorized");
    machine.moveTo(LaneState.CAPTURE, "inside");
    machine.moveTo(LaneState.MATCH, "frame");
    assertThatThrownBy(() -> machine.moveTo(LaneState.EXIT, "skip the decision"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TAOYUAN-T2-D01")
        .hasMessageContaining("from MATCH to EXIT");
  }

  @Test
  void onlyAnIdleOrOutOfServiceLaneBeginsATransaction() {
    machine.moveTo(LaneState.DOCUMENT, "document placed");
    assertThatThrownBy(machine::beginTransaction).hasMessageContaining("while DOCUMENT");
  }

  @Test
  void everyStateCanEventuallyReturnToIdle() {
    for (LaneState state : LaneState.values()) {
      assertThat(reachesIdle(state, 0)).as("%s reaches IDLE", state).isTrue();
    }
  }

  private static boolean reachesIdle(LaneState state, int depth) {
    if (state == LaneState.IDLE) {
      return true;
    }
    if (depth > LaneState.values().length) {
      return false;
    }
    for (LaneState next : LaneState.values()) {
      if (state.canMoveTo(next) && next != state && reachesIdle(next, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
