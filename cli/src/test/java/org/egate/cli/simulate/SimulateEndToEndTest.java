package org.egate.cli.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.egate.cli.CommandRun;
import org.egate.cli.ExitCodes;
import java.nio.file.Path;
import org.egate.simulator.capacity.EmpiricalServiceTimes;
import org.egate.simulator.capacity.ServiceTimesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole stack once, small: embedded PostgreSQL, the real server, 20 travelers enrolled through
 * its API with rendered face portraits and synthetic fingerprints, 2 lanes over HTTP. Every journaled record reaches the
 * server exactly once and no outcome contradicts the rules.
 */
class SimulateEndToEndTest {

  @Test
  void twentyTravelersThroughTwoLanesLoseNoRecordAndBreakNoRule(@TempDir Path dir) throws Exception {
    CommandRun run = CommandRun.of("simulate", "--travelers", "20", "--lanes", "2", "--seed", "3",
        "--devices", "../docs/devices/typical.properties", "--service-times-out", dir.resolve("lane.txt").toString());
    int code = run.exitCode();
    String stderr = run.err();
    String stdout = run.out();
    System.out.println(stderr + stdout); // the run's figures, in the surefire report
    assertThat(code).as(stderr + stdout).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(stdout);
    stdout = stderr + stdout;
    assertThat(json.get("transactions").asInt()).isEqualTo(20);
    int rejected = 0;
    for (JsonNode n : json.get("rejected")) {
      rejected += n.asInt();
    }
    assertThat(json.get("accepted").asInt() + rejected).isEqualTo(20);
    assertThat(json.get("accepted").asInt()).as(stdout).isPositive();
    assertThat(json.get("lostRecords").asInt()).isZero();
    assertThat(json.get("doubledRecords").asInt()).isZero();
    assertThat(json.get("pendingInJournals").asInt()).isZero();
    assertThat(json.get("scenarioMismatches").asInt()).as(stdout).isZero();
    assertThat(json.get("journaledRecords").asInt()).isPositive();
    assertThat(json.get("medianSeconds").asDouble()).isBetween(1.0, 60.0);
    assertThat(json.get("p95Seconds").asDouble()).isGreaterThanOrEqualTo(json.get("medianSeconds").asDouble());
    assertThat(json.get("softwareMillisP95").asDouble()).isPositive();
    assertThat(json.get("throughputPerLaneHour").asDouble()).isPositive();
    // faces are real now (decision 0130): the face decides most passes, the fingerprint is the fallback
    assertThat(json.get("clearedByFace").asInt()).as(stdout).isPositive();
    assertThat(json.get("clearedByFace").asInt() + json.get("clearedByFinger").asInt())
        .isEqualTo(json.get("accepted").asInt());
    // the run states the device figures it ran on, and where each transaction's time went
    assertThat(json.get("devices").get("door").asText()).isEqualTo("log-normal, median 900 ms, p95 1300 ms, timeout 3000 ms");
    assertThat(json.get("devices").get("source").asText()).startsWith("DeviceProfiles.TYPICAL");
    int byPath = 0;
    for (JsonNode path : json.get("paths")) {
      byPath += path.get("count").asInt();
      assertThat(path.get("p95Seconds").asDouble()).isGreaterThanOrEqualTo(path.get("medianSeconds").asDouble());
    }
    assertThat(byPath).isEqualTo(20);
    // the lane seconds, written for the capacity model, read back as its service times
    EmpiricalServiceTimes measured = ServiceTimesFile.read(dir.resolve("lane.txt"));
    assertThat(measured.count()).isEqualTo(20);
    assertThat(measured.source()).contains("lane.txt");
    assertThat(java.nio.file.Files.readAllLines(dir.resolve("lane.txt")).get(0))
        .startsWith("# egate simulate --travelers 20 --lanes 2 --seed 3 --devices ../docs/devices/typical.properties");
  }
}
