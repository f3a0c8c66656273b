package org.egate.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egate.cli.CommandRun;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class EvalSyntheticFingersCommandTest {
  @Test
  void printsGenuineAndImpostorStatisticsOfSyntheticPairs() throws Exception {
    CommandRun r = CommandRun.of("eval", "synthetic-fingers", "--fingers", "4", "--impressions", "3", "--seed", "7",
        "--threads", "1", "--threshold", "40,46.5");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("genuine").asInt()).isEqualTo(4 * 3);
    assertThat(json.get("impostor").asInt()).isEqualTo(4 * 3 / 2);
    assertThat(json.get("fnmrAt").fieldNames()).toIterable().containsExactly("0.01", "0.001", "0.0001");
    assertThat(json.get("maxImpostor").asDouble()).isLessThan(json.get("genuineQuantiles").get("0.5").asDouble());
    assertThat(json.get("atRealOperatingPoints").get("points")).hasSize(3);
    assertThat(json.get("atThresholds")).hasSize(2);
    assertThat(json.get("minutiae").get("median").asInt()).isBetween(20, 80);
    assertThat(json.get("millisPerMaster").asDouble()).isPositive();
  }

  @Test
  void tooFewFingersIsAUsageError() {
    CommandRun r = CommandRun.of("eval", "synthetic-fingers", "--fingers", "1");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--fingers must be 2-100000").doesNotContain("\tat ");
  }
}
