package org.egate.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario of the library against the real server (issue 5 item 6): embedded PostgreSQL,
 * the server on a loopback port, the world set up through its API, a simulated lane asking over
 * HTTP with SourceAFIS fingerprints. One server for the class.
 */
class ScenarioLibraryOnServerTest {
  @TempDir static Path dir;
  static ServerBackend server;

  @BeforeAll
  static void startServer() {
    server = ServerBackend.start(dir.resolve("work"));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyScenarioEndsWithItsExpectedReasonCodeOnTheRealServer() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("journals"));
    List<ScenarioResult> results = new ScenarioRunner(dir.resolve("journals"), 7).runAll(ScenarioLibrary.all(), server);

    results.forEach(r -> System.out.println((r.matches() ? "ok       " : "MISMATCH ") + r));
    assertThat(results).hasSize(ScenarioLibrary.all().size());
    assertThat(results).filteredOn(r -> !r.matches()).as("mismatches on the real server").isEmpty();
  }
}
