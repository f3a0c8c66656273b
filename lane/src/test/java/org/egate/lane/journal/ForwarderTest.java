package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForwarderTest {

  @TempDir Path dir;

  private static IdempotencyKey key(int n) {
    return new IdempotencyKey("LANE-1:tx-" + n);
  }

  private static byte[] payload(int n) {
    return ("crossing " + n).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theServerGoingDownMidDrainDelaysRecordsAndItsReturnDrainsThemInOrder() throws IOException {
    IdempotentReceiver server = new IdempotentReceiver();
    try (Journal journal = Journal.open(dir.resolve("lane.journal"))) {
      Forwarder forwarder = new Forwarder(journal, server);
      for (int i = 0; i < 10; i++) {
        journal.append(key(i), payload(i));
      }
      server.goesDownAfter = 4;

      DrainReport whileDown = forwarder.drain();
      assertThat(whileDown.stored()).isEqualTo(4);
      assertThat(whileDown.stillPending()).isEqualTo(6);

      server.up = true;
      server.goesDownAfter = -1;
      DrainReport back = forwarder.drain();
      assertThat(back.drained()).isTrue();
      assertThat(server.stored.keySet()).containsExactly(
          key(0), key(1), key(2), key(3), key(4), key(5), key(6), key(7), key(8), key(9));
    }
  }

  @Test
  void anAnswerLostAfterTheServerCommittedIsResentAndNotDoubled() throws IOException {
    IdempotentReceiver server = new IdempotentReceiver();
    try (Journal journal = Journal.open(dir.resolve("lane.journal"))) {
      Forwarder forwarder = new Forwarder(journal, server);
      journal.append(key(1), payload(1));
      journal.append(key(2), payload(2));
      server.loseNextAnswer = true;

      DrainReport first = forwarder.drain();
      assertThat(first.stillPending()).isEqualTo(2);

      DrainReport second = forwarder.drain();
      assertThat(second.alreadyStored()).isEqualTo(1);
      assertThat(second.stored()).isEqualTo(1);
      assertThat(server.stored).hasSize(2);
      assertThat(server.deliveries).isEqualTo(3);
    }
  }

  @Test
  void aLaneRestartedBeforeItsMarkWasWrittenResendsWithTheSameKey() throws Exception {
    IdempotentReceiver server = new IdempotentReceiver();
    Path file = dir.resolve("lane.journal");
    try (Journal journal = Journal.open(file)) {
      journal.append(key(1), payload(1));
      // The server stores it, but the lane dies before it can write the forwarded mark.
      server.deliver(journal.pending().get(0));
    }
    try (Journal journal = Journal.open(file)) {
      DrainReport report = new Forwarder(journal, server).drain();
      assertThat(report.alreadyStored()).isEqualTo(1);
      assertThat(server.stored).hasSize(1);
      assertThat(journal.pendingCount()).isZero();
    }
  }
}
