package org.egate.cli.finger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.cli.CommandRun;
import org.egate.cli.Egate;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerCompareCommandTest {
  private String out;
  private String err;

  private int run(String... args) {
    CommandRun r = CommandRun.of(args);
    out = r.out();
    err = r.err();
    return r.exitCode();
  }

  private static Path fixtures() {
    String root = System.getProperty("egate.shared.data");
    assumeTrue(root != null && Files.isDirectory(Path.of(root, "fingerprints/sourceafis")), "no fingerprint data");
    return Path.of(root, "fingerprints/sourceafis");
  }

  @Test
  void matchingPairIsAcceptedAtEveryOperatingPoint() throws Exception {
    Path f = fixtures();
    assertThat(run("finger", "compare", f.resolve("probe.png").toString(), f.resolve("matching.png").toString()))
        .as(err).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("probe").asText()).endsWith("probe.png");
    assertThat(json.get("mode").asText()).isEqualTo("SYMMETRIC_MEAN");
    assertThat(json.get("score").asDouble()).isGreaterThan(40);
    assertThat(json.get("decisions").get("0.001").get("accepted").asBoolean()).isTrue();
    assertThat(json.get("decisions").get("0.0001").get("accepted").asBoolean()).isTrue();
    assertThat(json.get("operatingPoints").get("dataSet").asText()).contains("fvc2002");
    assertThat(json.get("probeQuality").get("minutiae").asInt()).isPositive();
  }

  @Test
  void nonMatchingPairIsRejected() throws Exception {
    Path f = fixtures();
    assertThat(run("finger", "compare", f.resolve("probe.png").toString(), f.resolve("nonmatching.png").toString()))
        .isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("score").asDouble()).isLessThan(20);
    assertThat(json.get("decisions").get("0.001").get("accepted").asBoolean()).isFalse();
  }

  @Test
  void isoTemplateComparesWithAnImage() throws Exception {
    Path f = fixtures();
    assertThat(run("finger", "compare", f.resolve("iso-probe.dat").toString(), f.resolve("iso-matching.dat").toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(new ObjectMapper().readTree(out).get("score").asDouble()).isGreaterThan(40);
  }

  @Test
  void refusedInputExitsOneWithItsReason(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.png"));
    Path f = fixtures();
    assertThat(run("finger", "compare", empty.toString(), f.resolve("matching.png").toString())).isEqualTo(ExitCodes.FAILED_CHECK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("refused").asText()).isEqualTo("probe");
    assertThat(json.get("issue").get("reason").asText()).isEqualTo("EMPTY_INPUT");
  }

  @Test
  void missingFileIsAUsageError(@TempDir Path dir) {
    assertThat(run("finger", "compare", dir.resolve("a.png").toString(), dir.resolve("b.png").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("no such file");
  }

  @Test
  void qualityReportsTheReasonAndExitsOneForABlankImage(@TempDir Path dir) throws Exception {
    java.awt.image.BufferedImage white = new java.awt.image.BufferedImage(400, 400, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    java.awt.Graphics2D g = white.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, 400, 400);
    g.dispose();
    Path file = dir.resolve("blank.png");
    javax.imageio.ImageIO.write(white, "png", file.toFile());
    assertThat(run("finger", "quality", file.toString())).isEqualTo(ExitCodes.FAILED_CHECK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("acceptable").asBoolean()).isFalse();
    assertThat(json.get("issues").get(0).get("reason").asText()).isEqualTo("NO_RIDGES");
  }

  @Test
  void synthesizedFolderEvaluatesWithoutRealData(@TempDir Path dir) throws Exception {
    Path synth = dir.resolve("synthetic");
    assertThat(run("finger", "synthesize", "--dir", synth.toString(), "--fingers", "2", "--impressions", "2"))
        .as(err).isEqualTo(ExitCodes.OK);
    assertThat(new ObjectMapper().readTree(out).get("images").asInt()).isEqualTo(4);
    assertThat(Files.exists(synth.resolve("102_2.png"))).isTrue();
    assertThat(run("eval", "fingers", "--dir", synth.toString())).as(err).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("genuine").asInt()).isEqualTo(2);
    assertThat(json.get("impostor").asInt()).isEqualTo(4);
    assertThat(json.get("failedToEnroll").asInt()).isZero();
    assertThat(json.get("eer").asDouble()).isZero();
  }
}
