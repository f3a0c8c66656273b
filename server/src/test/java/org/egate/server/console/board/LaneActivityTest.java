package org.egate.server.console.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.egate.border.reason.ReasonCode;
import org.junit.jupiter.api.Test;

/** The bus between the lanes' hot paths and the board: never blocks a lane, keeps the newest few decisions per lane. */
class LaneActivityTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Taipei"));

  @Test
  void publishingNeverBlocksWhenNobodyDrainsAndCountsWhatItDropped() {
    LaneActivity activity = new LaneActivity(clock); // not started: nothing drains the queue
    long start = System.nanoTime();
    for (int i = 0; i < BoardParameters.QUEUE_CAPACITY + 1000; i++) {
      activity.authorization("TAOYUAN-T2-D01", ReasonCode.AUTHORIZED);
    }
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(5);
    assertThat(activity.dropped()).isEqualTo(1000);
  }

  @Test
  void theBoardGetsTheChangedLanesAndTheNewestDecisionsFirst() throws Exception {
    LaneActivity activity = new LaneActivity(clock);
    List<Set<String>> pushes = new CopyOnWriteArrayList<>();
    activity.subscribe(pushes::add);
    activity.start();
    try {
      for (int i = 0; i < BoardParameters.RECENT_PER_LANE; i++) {
        activity.crossing("KAOHSIUNG-MAIN-A01", ReasonCode.CLEARED);
      }
      activity.crossing("KAOHSIUNG-MAIN-A01", ReasonCode.FACE_MISMATCH);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (activity.recent("KAOHSIUNG-MAIN-A01").stream().noneMatch(e -> e.reason() == ReasonCode.FACE_MISMATCH)
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      List<LaneEvent> recent = activity.recent("KAOHSIUNG-MAIN-A01");
      assertThat(recent).hasSize(BoardParameters.RECENT_PER_LANE);
      assertThat(recent.get(0).reason()).isEqualTo(ReasonCode.FACE_MISMATCH);
      assertThat(recent.get(0).kind()).isEqualTo(LaneEvent.Kind.CROSSING);
      assertThat(recent.get(0).at()).isEqualTo(clock.instant());
      assertThat(pushes).isNotEmpty().allSatisfy(p -> assertThat(p).containsExactly("KAOHSIUNG-MAIN-A01"));
      assertThat(activity.recent("TAOYUAN-T1-D01")).isEmpty();
    } finally {
      activity.stop();
    }
  }
}
