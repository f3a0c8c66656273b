package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  @TempDir Path dir;

  private static IdempotencyKey key(int n) {
    return new IdempotencyKey("LANE-1:tx-" + n);
  }

  private static byte[] payload(int n) {
    return ("{\"crossing\":" + n + "}").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void appendedRecordsSurviveReopeningAndForwardedOnesDoNotComeBack() throws IOException {
    Path file = dir.resolve("lane.journal");
    try (Journal journal = Journal.open(file)) {
      for (int i = 0; i < 5; i++) {
        journal.append(key(i), payload(i));
      }
      journal.markForwarded(key(0));
      journal.markForwarded(key(3));
    }
    try (Journal journal = Journal.open(file)) {
      assertThat(journal.recovery().wasClean()).isTrue();
      assertThat(journal.recovery().records()).isEqualTo(7);
      assertThat(journal.pending()).extracting(JournalEntry::key).containsExactly(key(1), key(2), key(4));
      assertThat(journal.pending().get(1).payload()).isEqualTo(payload(2));
    }
  }

  @Test
  void appendingTheSameKeyAgainWritesNothingSoACrossingIsNeverJournaledTwice() throws IOException {
    Path file = dir.resolve("lane.journal");
    try (Journal journal = Journal.open(file)) {
      journal.append(key(1), payload(1));
      long size = Files.size(file);
      journal.append(key(1), payload(1));
      assertThat(Files.size(file)).isEqualTo(size);
      journal.markForwarded(key(1));
      assertThatThrownBy(() -> journal.append(key(1), payload(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("LANE-1:tx-1");
    }
  }

  @Test
  void aCrashAtAnyByteOfAWriteLeavesEveryEarlierRecordAndNothingOfTheTornOne() throws IOException {
    int recordLength = RecordFormat.encode(RecordFormat.APPENDED, key(9), payload(9)).remaining();
    for (int cut = 0; cut < recordLength; cut++) {
      Path file = dir.resolve("cut-" + cut + ".journal");
      Journal journal = Journal.open(file);
      for (int i = 0; i < 3; i++) {
        journal.append(key(i), payload(i));
      }
      journal.markForwarded(key(0));
      journal.crashDuringAppend(key(9), payload(9), cut);

      try (Journal recovered = Journal.open(file)) {
        assertThat(recovered.pending()).as("cut at byte %d", cut)
            .extracting(JournalEntry::key).containsExactly(key(1), key(2));
        assertThat(recovered.recovery().tornBytes()).isEqualTo(cut);
        assertThat(recovered.recovery().tornTailKeptAt().isPresent()).isEqualTo(cut > 0);
        recovered.append(key(9), payload(9));
      }
      try (Journal again = Journal.open(file)) {
        assertThat(again.recovery().wasClean()).isTrue();
        assertThat(again.pending()).extracting(JournalEntry::key).containsExactly(key(1), key(2), key(9));
      }
    }
  }

  @Test
  void garbageAfterTheLastRecordFailsItsChecksumAndIsCutOff() throws IOException {
    Path file = dir.resolve("lane.journal");
    try (Journal journal = Journal.open(file)) {
      journal.append(key(1), payload(1));
    }
    byte[] garbage = {0, 0, 0, 12, 1, 2, 3, 4, 1, 0, 2, 'x', 'y', 9, 9, 9, 9, 9, 9, 9};
    Files.write(file, garbage, StandardOpenOption.APPEND);
    try (Journal journal = Journal.open(file)) {
      assertThat(journal.pending()).extracting(JournalEntry::key).containsExactly(key(1));
      assertThat(journal.recovery().tornBytes()).isEqualTo(garbage.length);
      assertThat(Files.readAllBytes(journal.recovery().tornTailKeptAt().orElseThrow())).isEqualTo(garbage);
    }
  }

  @Test
  void compactionKeepsOnlyPendingRecords() throws IOException {
    Path file = dir.resolve("lane.journal");
    try (Journal journal = Journal.open(file)) {
      for (int i = 0; i < 100; i++) {
        journal.append(key(i), payload(i));
        if (i != 42) {
          journal.markForwarded(key(i));
        }
      }
      long before = Files.size(file);
      journal.compact();
      assertThat(Files.size(file)).isLessThan(before / 50);
      journal.append(key(100), payload(100));
    }
    try (Journal journal = Journal.open(file)) {
      assertThat(journal.pending()).extracting(JournalEntry::key).containsExactly(key(42), key(100));
    }
  }
}
