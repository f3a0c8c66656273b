package org.egate.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.cli.CommandRun;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFacesCommandTest {
  @Test
  void aFewLfwPairsGiveTheContractJsonTheBaselineSubsetAndOperatingPoints(@TempDir Path dir) throws Exception {
    String data = System.getProperty("egate.shared.data");
    Path lfw = data == null ? null : Path.of(data, "faces", "lfw-dev");
    assumeTrue(lfw != null && Files.isDirectory(lfw.resolve("images")), "no LFW dev data");
    Path points = dir.resolve("face.json");

    CommandRun r = CommandRun.of("eval", "faces", "--root", lfw.resolve("images").toString(), "--pairs",
        lfw.resolve("pairs.txt").toString(), "--limit", "6", "--threads", "1", "--baseline-subset",
        "--mirror-averaging", "true", "--write-operating-points", points.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("genuine").asInt() + json.get("missing").asInt() + json.get("failedToEnroll").asInt()).isEqualTo(6);
    assertThat(json.get("impostor").asInt()).isPositive();
    assertThat(json.get("settings").get("mirrorAveraging").asBoolean()).isTrue();
    assertThat(json.get("settings").get("jpegDecoding").asText()).isEqualTo("REFERENCE");
    JsonNode subset = json.get("baselineSubset");
    assertThat(subset.get("images").asInt()).isBetween(1, json.get("imagesEnrolled").asInt() + json.get("imagesFailedToEnroll").asInt());
    assertThat(subset.get("genuine").asInt()).isLessThanOrEqualTo(json.get("genuine").asInt());
    assertThat(subset.get("impostor").asInt()).isLessThanOrEqualTo(json.get("impostor").asInt());
    JsonNode written = new ObjectMapper().readTree(points.toFile());
    assertThat(written.get("modality").asText()).isEqualTo("face");
    assertThat(written.get("engine").asText()).contains("mirror-averaged");
    assertThat(written.get("points")).hasSize(4);
  }

  @Test
  void aMissingRootIsAUsageError(@TempDir Path dir) {
    CommandRun r = CommandRun.of("eval", "faces", "--root", dir.resolve("absent").toString(), "--pairs", dir.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
