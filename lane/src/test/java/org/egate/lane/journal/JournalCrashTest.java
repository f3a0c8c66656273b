package org.egate.lane.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.egate.border.crossing.IdempotencyKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: the writing process is killed with SIGKILL while it appends. Every record whose
 * append had returned is in the journal; at most the one in flight is extra; nothing is doubled.
 */
class JournalCrashTest {

  @TempDir Path dir;

  @Test
  void aWriterKilledMidRunKeepsEveryAcknowledgedRecordAndNothingTwice() throws Exception {
    Path file = dir.resolve("lane.journal");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        JournalWriterProcess.class.getName(), file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    int acknowledged = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && acknowledged < 300) {
        acknowledged = Integer.parseInt(line.substring(3));
      }
      writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
      writer.waitFor(10, TimeUnit.SECONDS);
    } finally {
      writer.destroyForcibly();
    }
    assertThat(acknowledged).isGreaterThanOrEqualTo(300);

    try (Journal recovered = Journal.open(file)) {
      List<JournalEntry> entries = recovered.pending();
      Set<IdempotencyKey> keys = new HashSet<>();
      entries.forEach(e -> keys.add(e.key()));
      assertThat(keys).hasSameSizeAs(entries);
      for (int n = 0; n <= acknowledged; n++) {
        assertThat(keys).contains(IdempotencyKey.of("LANE-CRASH:tx-" + n));
      }
      // The writer may have finished a few more appends between our last read and the kill.
      assertThat(entries.size()).isGreaterThan(acknowledged);
      for (int n = 0; n < entries.size(); n++) {
        assertThat(entries.get(n).key()).isEqualTo(IdempotencyKey.of("LANE-CRASH:tx-" + n));
      }
    }
  }
}
