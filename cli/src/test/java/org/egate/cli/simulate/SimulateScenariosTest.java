package org.egate.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egate.cli.CommandRun;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/**
 * {@code egate simulate --scenarios}: chosen scenarios against the real server print expected
 * against actual reason codes; bad usage gets exit 2 and a message. (The whole library against
 * the real server is simulator's ScenarioLibraryOnServerTest.)
 */
class SimulateScenariosTest {
  static CommandRun run(String... args) {
    return CommandRun.of(args);
  }


  @Test
  void chosenScenariosAgainstTheRealServerPrintExpectedAgainstActual() throws Exception {
    CommandRun r = run("simulate", "--scenario", "exit ban on departure", "--scenario", "server down");
    System.out.println(r.err()); // the run's timings, in the surefire report
    assertThat(r.exitCode()).as(r.err() + r.out()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("scenarios").asInt()).isEqualTo(2);
    assertThat(json.path("scenarioMismatches").asInt()).isZero();
    assertThat(json.path("results").get(0).path("expected").path("reasonCode").asText()).isEqualTo("EXIT_BAN");
    assertThat(json.path("results").get(0).path("actual").path("reasonCode").asText()).isEqualTo("EXIT_BAN");
    assertThat(json.path("results").get(1).path("actual").path("reasonCode").asText()).isEqualTo("SERVER_UNAVAILABLE");
    assertThat(json.path("results").get(1).path("match").asBoolean()).isTrue();
  }

  @Test
  void anUnknownScenarioIsBadUsageNamingTheLibrary() {
    CommandRun r = run("simulate", "--scenarios", "--scenario", "no such rule");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no scenario named 'no such rule'").contains("exit ban on departure");
  }

  @Test
  void scenariosDoNotMixWithAPopulationRun() {
    CommandRun r = run("simulate", "--scenarios", "--travelers", "10");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--scenarios runs the scenario library on its own");
  }
}
