package org.egate.cli.lane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.cli.CommandRun;
import org.egate.cli.Egate;
import org.egate.cli.ExitCodes;
import org.egate.lane.journal.Journal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaneCommandTest {

  @TempDir Path dir;
  private String out;
  private String err;
  private HttpServer server;
  private final List<String> paths = new ArrayList<>();
  private Path secret;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      synchronized (paths) {
        paths.add(exchange.getRequestURI().getPath());
      }
      byte[] body = "{\"status\":\"RECORDED\"}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(201, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    secret = Files.writeString(dir.resolve("lane.secret"),
        Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
    try (Journal journal = Journal.open(dir.resolve("journal").resolve("TAOYUAN-T2-D01.journal"))) {
      journal.append(IdempotencyKey.of("TAOYUAN-T2-D01:0f8fad5b-d9cb-469f-a165-70867728950e"),
          "{\"key\":\"TAOYUAN-T2-D01:0f8fad5b-d9cb-469f-a165-70867728950e\",\"laneId\":\"TAOYUAN-T2-D01\"}"
              .getBytes(StandardCharsets.UTF_8));
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String uri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private int run(String... args) {
    CommandRun r = CommandRun.of(args);
    out = r.out();
    err = r.err();
    return r.exitCode();
  }

  @Test
  void drainForwardsThePendingCrossingsAndSaysNothingIsLeft() throws Exception {
    int code = run("lane", "--server", uri(), "--lane", "TAOYUAN-T2-D01", "--secret-file", secret.toString(),
        "--journal", dir.resolve("journal").toString(), "--drain");

    assertThat(code).as(err).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.path("forwarded").asInt()).isEqualTo(1);
    assertThat(json.path("pending").asInt()).isZero();
    assertThat(paths).containsExactly("/api/lanes/TAOYUAN-T2-D01/crossings");
  }

  @Test
  void drainAgainstAServerThatIsDownKeepsTheCrossingAndFailsTheCheck() throws Exception {
    String gone = uri();
    server.stop(0);
    int code = run("lane", "--server", gone, "--lane", "TAOYUAN-T2-D01", "--secret-file", secret.toString(),
        "--journal", dir.resolve("journal").toString(), "--drain", "--timeout-millis", "500");

    assertThat(code).isEqualTo(ExitCodes.FAILED_CHECK);
    assertThat(new ObjectMapper().readTree(out).path("pending").asInt()).isEqualTo(1);
  }

  @Test
  void anUnknownLaneOrAMissingSecretIsBadUsageWithTheBadValue() {
    assertThat(run("lane", "--server", uri(), "--lane", "NOWHERE-1", "--secret-file", secret.toString(), "--drain"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("no lane 'NOWHERE-1'");
    assertThat(run("lane", "--server", uri(), "--lane", "lower case", "--secret-file", secret.toString(), "--drain"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("'lower case'");
    assertThat(run("lane", "--server", uri(), "--lane", "TAOYUAN-T2-D01", "--secret-file", "no-such-file", "--drain"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err).contains("no file 'no-such-file'");
  }

  @Test
  void aRunningLaneWithNobodyAtItStopsAfterTheGivenTimeAndReportsNoTransactions() throws Exception {
    int code = run("lane", "--server", uri(), "--lane", "TAOYUAN-T2-D01", "--secret-file", secret.toString(),
        "--journal", dir.resolve("journal").toString(), "--seconds", "1");

    assertThat(code).as(err).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.path("transactions").asInt()).isZero();
    assertThat(json.path("pending").asInt()).isZero();
    assertThat(err).contains("serving (DEPARTURE, TAOYUAN)");
  }
}
