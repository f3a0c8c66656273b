package org.egate.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.cli.Egate;
import org.egate.cli.ExitCodes;
import org.junit.jupiter.api.Test;

/** egate demo, audit verify and keys rotate on one fresh data folder, as an operator would run them. */
class ServerCommandsTest {
  @Test
  void demoThenAuditVerifyThenKeysRotate() throws Exception {
    Path dir = Files.createTempDirectory("egate-cli-");
    String demo = capture("demo", "--port", "0", "--exit", "--data-dir", dir.toString());
    assertThat(demo).contains("\"url\"").contains("demo-officer-pass").contains("\"ENROLLED\"");
    assertThat(dir.resolve("lane-credentials.json")).exists();

    String verify = capture("audit", "verify", "--data-dir", dir.toString());
    assertThat(verify).contains("\"intact\":true");
    assertThat(exit).isEqualTo(ExitCodes.OK);

    String rotate = capture("keys", "rotate", "--data-dir", dir.toString());
    assertThat(rotate).contains("\"previousMasterKeyId\":\"master-1\"").contains("\"masterKeyId\":\"master-2\"");
    assertThat(capture("audit", "verify", "--data-dir", dir.toString())).contains("\"intact\":true");
  }

  @Test
  void benchWithoutAGroupCommandIsAUsageError() {
    assertThat(Egate.run("bench")).isEqualTo(ExitCodes.USAGE);
    assertThat(Egate.run("bench", "authorize", "--travelers", "0")).isEqualTo(ExitCodes.USAGE);
  }

  private int exit;

  private String capture(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      exit = Egate.run(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
