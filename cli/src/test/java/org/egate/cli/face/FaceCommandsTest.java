package org.egate.cli.face;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.cli.Egate;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaceCommandsTest {
  private static final Path SAMPLE = Path.of("../biometrics/models/node_modules/@vladmandic/face-api/demo/sample2.jpg");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      return Egate.run(args);
    } finally {
      System.setOut(old);
    }
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anImageComparedWithItselfMatchesAtEveryOperatingPoint() throws Exception {
    assertThat(run("face", "compare", SAMPLE.toString(), SAMPLE.toString())).isEqualTo(ExitCodes.OK);
    JsonNode j = json();
    assertThat(j.get("distance").asDouble()).isZero();
    assertThat(j.get("match").get("0.001").asBoolean()).isTrue();
    assertThat(j.get("first").get("facesFound").asInt()).isEqualTo(3);
  }

  @Test
  void anEmptyImageFileIsAFailedCheckWithItsReason(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jpg"));
    assertThat(run("face", "compare", SAMPLE.toString(), empty.toString())).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(json().get("rejected").get("reason").asText()).isEqualTo("IMAGE_EMPTY");
  }

  @Test
  void aMissingFileIsBadUsage() {
    assertThat(run("face", "quality", "no/such/file.jpg")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void qualityOfAGroupPhotoFlagsSeveralFaces() throws Exception {
    assertThat(run("face", "quality", SAMPLE.toString())).isEqualTo(ExitCodes.FAILED_CHECK);
    JsonNode j = json();
    assertThat(j.get("acceptable").asBoolean()).isFalse();
    assertThat(j.get("failed").toString()).contains("FACE_COUNT");
  }

  @Test
  void evalFacesCountsPairsWithAnAbsentImageAsMissing(@TempDir Path dir) throws Exception {
    Path lfw = Path.of(System.getProperty("egate.shared.data", "../shared/data"), "faces", "lfw-dev", "images");
    Assumptions.assumeTrue(Files.isDirectory(lfw), "LFW dev data absent");
    Path pairs = dir.resolve("pairs.txt");
    Files.writeString(pairs, String.join("\n", "1 2",
        "Abel_Pacheco\t1\t4", "Akhmed_Zakayev\t1\t3",
        "Abdel_Madi_Shabneh\t1\tDean_Barker\t1", "Nobody_Here\t1\tDean_Barker\t1", ""));
    assertThat(run("eval", "faces", "--root", lfw.toString(), "--pairs", pairs.toString())).isEqualTo(ExitCodes.OK);
    JsonNode j = json();
    assertThat(j.get("missing").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(j.get("genuine").asInt() + j.get("missing").asInt() + j.get("failedToEnroll").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(j.get("fnmrAt").has("0.001")).isTrue();
  }
}
