package org.egate.lane.journal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.egate.border.crossing.IdempotencyKey;

/**
 * A separate JVM that appends records as fast as it can and prints "ok N" after each append has
 * returned (so after its fsync). {@link JournalCrashTest} kills it with SIGKILL mid-run.
 */
public final class JournalWriterProcess {

  public static void main(String[] args) throws Exception {
    try (Journal journal = Journal.open(Path.of(args[0]))) {
      byte[] filler = "x".repeat(600).getBytes(StandardCharsets.UTF_8);
      for (int n = 0; ; n++) {
        journal.append(IdempotencyKey.of("LANE-CRASH:tx-" + n), filler);
        System.out.println("ok " + n);
        System.out.flush();
      }
    }
  }
}
