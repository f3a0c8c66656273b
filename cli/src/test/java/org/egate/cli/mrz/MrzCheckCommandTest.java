package org.egate.cli.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egate.cli.Egate;
import org.egate.cli.ExitCodes;
import org.egate.document.mrz.Specimens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MrzCheckCommandTest {
  static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;
  private InputStream oldIn;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    oldIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
    System.setIn(oldIn);
  }

  private int run(byte[] stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin));
    return Egate.run(args);
  }

  private List<JsonNode> jsonLines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        nodes.add(new ObjectMapper().readTree(line));
      }
    }
    return nodes;
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aValidPassportOnStdinPrintsItsFieldsAndExitsZero() throws Exception {
    assertThat(run(TD3.getBytes(StandardCharsets.UTF_8), "mrz", "check", "-")).isEqualTo(ExitCodes.OK);
    JsonNode j = jsonLines().get(0);
    assertThat(j.get("valid").asBoolean()).isTrue();
    assertThat(j.get("format").asText()).isEqualTo("TD3");
    assertThat(j.get("documentCode").asText()).isEqualTo("P");
    assertThat(j.get("issuer").asText()).isEqualTo("UTO");
    assertThat(j.get("documentNumber").asText()).isEqualTo("L898902C3");
    assertThat(j.get("nationality").asText()).isEqualTo("UTO");
    assertThat(j.get("birthDate").asText()).isEqualTo("1974-08-12");
    assertThat(j.get("sex").asText()).isEqualTo("F");
    assertThat(j.get("expiryDate").asText()).isEqualTo("2012-04-15");
    assertThat(j.get("surname").asText()).isEqualTo("ERIKSSON");
    assertThat(j.get("givenNames").asText()).isEqualTo("ANNA MARIA");
    assertThat(j.get("optionalData").asText()).isEqualTo("ZE184226B");
    assertThat(j.get("corrections").size()).isZero();
    assertThat(j.get("findings").size()).isZero();
  }

  @Test
  void noArgumentMeansStdin() throws Exception {
    assertThat(run(TD3.getBytes(StandardCharsets.UTF_8), "mrz", "check")).isEqualTo(ExitCodes.OK);
    assertThat(jsonLines()).hasSize(1);
  }

  @Test
  void aFileOfSeveralBlocksWithOneBadExitsOneWithAnObjectPerBlock(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mrz.txt");
    Files.writeString(f, TD3 + "\n\n" + TD3.replace("F120", "F121") + "\n");
    assertThat(run(new byte[0], "mrz", "check", f.toString())).isEqualTo(ExitCodes.FAILED_CHECK);
    List<JsonNode> lines = jsonLines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("valid").asBoolean()).isTrue();
    assertThat(lines.get(1).get("valid").asBoolean()).isFalse();
    JsonNode finding = lines.get(1).get("findings").get(0);
    assertThat(finding.get("field").asText()).isEqualTo("expiryDateCheckDigit");
    assertThat(finding.get("code").asText()).isEqualTo("CHECK_DIGIT_MISMATCH");
    assertThat(finding.get("message").asText()).contains("121415");
  }

  @Test
  void theShippedSpecimensAreAllValid() throws Exception {
    assertThat(run(Specimens.text().getBytes(StandardCharsets.UTF_8), "mrz", "check", "-")).isEqualTo(ExitCodes.OK);
    assertThat(jsonLines()).hasSize(Specimens.blocks().size());
    assertThat(jsonLines().get(7).get("documentType").asText()).isEqualTo("ROC_PASSPORT");
  }

  @Test
  void aBlockWithTheWrongLayoutIsAFindingNotAUsageError() throws Exception {
    assertThat(run("HELLO\nWORLD\n".getBytes(StandardCharsets.UTF_8), "mrz", "check")).isEqualTo(ExitCodes.FAILED_CHECK);
    JsonNode j = jsonLines().get(0);
    assertThat(j.get("valid").asBoolean()).isFalse();
    assertThat(j.get("format").asText()).isEqualTo("TD2");
    assertThat(j.get("documentNumber").isNull()).isTrue();
    assertThat(j.get("findings").get(0).get("code").asText()).isEqualTo("WRONG_LINE_LENGTH");
  }

  @Test
  void emptyInputIsAUsageError() {
    assertThat(run(new byte[0], "mrz", "check")).isEqualTo(ExitCodes.USAGE);
    assertThat(stderr()).contains("no MRZ lines").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(out.size()).isZero();
  }

  @Test
  void binaryGarbageIsAUsageError() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    assertThat(run(garbage, "mrz", "check")).isEqualTo(ExitCodes.USAGE);
    assertThat(stderr()).contains("not UTF-8 text").doesNotContain("\tat ");
  }

  @Test
  void controlCharactersAreAUsageError() {
    assertThat(run("P<UTO\u0000\u0001\n".getBytes(StandardCharsets.UTF_8), "mrz", "check")).isEqualTo(ExitCodes.USAGE);
    assertThat(stderr()).contains("control character U+0000");
  }

  @Test
  void tenMegabytesIsAUsageErrorAtOnce() {
    byte[] big = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'A');
    long start = System.nanoTime();
    assertThat(run(big, "mrz", "check")).isEqualTo(ExitCodes.USAGE);
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    assertThat(stderr()).contains("larger than 1048576 bytes");
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertThat(run(new byte[0], "mrz", "check", "/no/such/file.mrz")).isEqualTo(ExitCodes.USAGE);
    assertThat(stderr()).contains("no such file: '/no/such/file.mrz'");
  }

  @Test
  void mrzWithoutSubcommandIsAUsageError() {
    assertThat(run(new byte[0], "mrz")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void demoChecksTheShippedSpecimensAndSaysSo(@TempDir Path demo) throws Exception {
    // egate demo now starts the server (and, with --exit, stops it at once); it still checks the
    // shipped specimens first. Without --exit it would wait for Ctrl-C and hang the build.
    assertThat(run(new byte[0], "demo", "--exit", "--port", "0", "--data-dir", demo.toString()))
        .isEqualTo(ExitCodes.OK);
    int n = Specimens.blocks().size();
    assertThat(stderr()).contains("self-check: " + n + " of " + n + " specimen MRZs valid");
  }
}
