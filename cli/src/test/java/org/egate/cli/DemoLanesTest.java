package org.egate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egate demo} with its simulated lanes: one departure and one arrival lane per site clear
 * synthetic travelers over HTTP against the demo server, one line per traveler on stderr, each
 * lane with its journal; {@code --no-lanes} runs none.
 */
class DemoLanesTest {
  @TempDir Path dir;

  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }


  @Test
  void simulatedLanesAtEverySiteClearTravelersAgainstTheDemoServer() throws Exception {
    CommandRun r = run("demo", "--port", "0", "--exit", "--data-dir", dir.toString(), "--lane-pause-millis", "0",
        "--lane-travelers", "12", "--exit-after-crossings", "6");
    System.out.println(r.err()); // the lanes' lines, in the surefire report
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode lanes = new ObjectMapper().readTree(r.out()).path("simulatedLanes").path("lanes");
    Set<String> sites = new HashSet<>();
    Set<String> directions = new HashSet<>();
    lanes.forEach(l -> {
      sites.add(l.path("site").asText());
      directions.add(l.path("direction").asText());
    });
    assertThat(sites).contains("TAOYUAN", "SONGSHAN", "KAOHSIUNG", "TAICHUNG", "SHUITOU");
    assertThat(directions).containsExactlyInAnyOrder("DEPARTURE", "ARRIVAL");
    assertThat(r.err()).contains("simulated lanes served").containsPattern("egate demo: [A-Z0-9-]+ +(departure|arrival) ");
    try (var journals = Files.list(dir.resolve("lanes").resolve("journals"))) {
      assertThat(journals.count()).isEqualTo(lanes.size());
    }
  }

  @Test
  void noLanesRunsTheServerAndDemoDataOnly() throws Exception {
    CommandRun r = run("demo", "--port", "0", "--exit", "--no-lanes", "--data-dir", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(new ObjectMapper().readTree(r.out()).has("simulatedLanes")).isFalse();
    assertThat(dir.resolve("lanes")).doesNotExist();
  }
}
