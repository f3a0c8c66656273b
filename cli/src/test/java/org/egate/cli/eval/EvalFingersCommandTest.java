package org.egate.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.cli.CommandRun;
import org.egate.cli.Egate;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFingersCommandTest {
  private String out;
  private String err;

  private int run(String... args) {
    CommandRun r = CommandRun.of(args);
    out = r.out();
    err = r.err();
    return r.exitCode();
  }

  private static Path db1() {
    String root = System.getProperty("egate.shared.data");
    assumeTrue(root != null && Files.isDirectory(Path.of(root, "fingerprints/fvc2002/DB1_B")), "no FVC2002 data");
    return Path.of(root, "fingerprints/fvc2002/DB1_B");
  }

  @Test
  void smallFvcFolderPrintsTheContractJsonPlotAndOperatingPoints(@TempDir Path dir) throws Exception {
    Path db1 = db1();
    Path subset = Files.createDirectory(dir.resolve("DB1_subset"));
    for (int finger = 101; finger <= 104; finger++) {
      for (int impression = 1; impression <= 4; impression++) {
        String name = finger + "_" + impression + ".tif";
        Files.copy(db1.resolve(name), subset.resolve(name));
      }
    }
    Path plot = dir.resolve("det.png");
    Path points = dir.resolve("finger.json");

    int code = run("eval", "fingers", "--dir", subset.toString(), "--plot", plot.toString(),
        "--write-operating-points", points.toString());

    assertThat(code).as(err).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.get("genuine").asInt()).isEqualTo(4 * 6);
    assertThat(json.get("impostor").asInt()).isEqualTo(16 * 15 / 2 - 24);
    assertThat(json.get("missing").asInt()).isZero();
    assertThat(json.get("failedToEnroll").asInt()).isZero();
    assertThat(json.get("eer").asDouble()).isBetween(0.0, 0.2);
    assertThat(json.get("fnmrAt").fieldNames()).toIterable().containsExactly("0.01", "0.001", "0.0001");
    assertThat(json.get("thresholdAt").get("0.001").asDouble()).isPositive();
    assertThat(json.get("fvcProtocol").get("impostor").asInt()).isEqualTo(6);
    assertThat(json.get("twoFingerFusion").get("genuine").asInt()).isEqualTo(2 * 6);
    assertThat(json.get("twoFingerFusion").get("impostor").asInt()).isEqualTo(16);
    assertThat(json.get("requirements").get("bsiTr03121").get("singleFinger").has("met")).isTrue();
    assertThat(Files.size(plot)).isPositive();
    OperatingPoints op = OperatingPoints.read(Files.newInputStream(points), points.toString());
    assertThat(op.modality()).isEqualTo("finger");
    assertThat(op.dataSet()).endsWith("/DB1_subset").doesNotStartWith("/");
  }

  @Test
  void missingFolderIsAUsageError(@TempDir Path dir) {
    assertThat(run("eval", "fingers", "--dir", dir.resolve("absent").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--dir must be a directory");
  }

  @Test
  void folderWithoutFvcImagesIsAUsageErrorNotAStackTrace(@TempDir Path dir) {
    assertThat(run("eval", "fingers", "--dir", dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("no <finger>_<impression>.tif images").doesNotContain("\tat ");
  }

  @Test
  void evalWithoutSubcommandShowsUsage() {
    assertThat(run("eval")).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("fingers");
  }

  @Test
  void resolutionOutOfRangeIsAUsageError(@TempDir Path dir) {
    assertThat(run("eval", "fingers", "--dir", dir.toString(), "--dpi", "90")).isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("--dpi must be 250.0 to 1500.0 but was 90.0");
  }
}
