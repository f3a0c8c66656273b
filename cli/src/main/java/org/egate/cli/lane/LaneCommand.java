package org.egate.cli.lane;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.cli.ExitCodes;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.lane.biometric.FaceApiMatcher;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.biometric.SourceAfisFingerMatcher;
import org.egate.lane.clearance.BackgroundForwarding;
import org.egate.lane.clearance.ClearanceFlow;
import org.egate.lane.clearance.JournalOutbox;
import org.egate.lane.clearance.LaneParameters;
import org.egate.lane.clearance.LaneRunner;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.http.HttpAuthorizationService;
import org.egate.lane.http.HttpCrossingSink;
import org.egate.lane.http.LaneCredentials;
import org.egate.lane.journal.DrainReport;
import org.egate.lane.journal.Forwarder;
import org.egate.lane.journal.Journal;
import org.egate.lane.time.SystemTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code egate lane}: runs one lane controller against a server (simulated devices until hardware
 * drivers exist, travelers come from the simulator; the real face and fingerprint engines),
 * journaling every crossing under {@code
 * --journal} and forwarding it. With {@code --drain} it only forwards what the journal holds and
 * exits: 0 when nothing is left pending, 1 when the server did not take everything.
 */
@Command(name = "lane", mixinStandardHelpOptions = true,
    description = "Run one lane controller against a server, or --drain its crossing journal.")
public final class LaneCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--server", required = true, description = "Server base URI, e.g. http://localhost:8080/")
  URI server;

  @Option(names = "--lane", required = true, description = "Lane id, e.g. TAOYUAN-T2-D01")
  String laneId;

  @Option(names = "--secret-file", required = true, description = "File with the lane's secret (base64, as issued)")
  Path secretFile;

  @Option(names = "--journal", defaultValue = "data/lanes", description = "Folder of lane journals (default: ${DEFAULT-VALUE})")
  Path journalDir;

  @Option(names = "--drain", description = "Only forward the journal, then exit")
  boolean drain;

  @Option(names = "--seconds", description = "Run this long, then stop (default: until interrupted)")
  Long seconds;

  @Option(names = "--timeout-millis", defaultValue = "2000", description = "Server answer timeout (default: ${DEFAULT-VALUE})")
  long timeoutMillis;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulated devices (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Lane lane = lane();
    LaneCredentials credentials = new LaneCredentials(server, lane.id(), secret(), Duration.ofMillis(timeoutMillis));
    HttpClient client = HttpClient.newBuilder().connectTimeout(credentials.timeout()).build();
    Path journalFile = journalDir.resolve(lane.id().value() + ".journal");
    try (Journal journal = Journal.open(journalFile)) {
      if (!journal.recovery().wasClean()) {
        System.err.println("egate lane: journal " + journalFile + " had a torn tail of " + journal.recovery().tornBytes()
            + " bytes, kept at " + journal.recovery().tornTailKeptAt().orElseThrow());
      }
      HttpCrossingSink sink = new HttpCrossingSink(client, credentials, Clock.systemUTC());
      if (drain) {
        DrainReport report = new Forwarder(journal, sink).drain();
        print(lane, journalFile, report, 0);
        return report.drained() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
      }
      return run(lane, credentials, client, journal, sink, journalFile);
    }
  }

  private int run(Lane lane, LaneCredentials credentials, HttpClient client, Journal journal, HttpCrossingSink sink,
      Path journalFile) throws InterruptedException {
    SystemTime time = SystemTime.taipei();
    SimulatedLane devices = new SimulatedLane(DeviceProfiles.TYPICAL, time, seed);
    JournalOutbox journaled = new JournalOutbox(journal, sink);
    BackgroundForwarding outbox = new BackgroundForwarding(journaled, lane.id().value());
    // The real engines: the server's templates are real (SourceAFIS fingerprints, face descriptors).
    FaceApiMatcher face = FaceApiMatcher.load();
    Matchers matchers = new Matchers(face, SourceAfisFingerMatcher.withDefaults(),
        new MatchThresholds(FaceApiMatcher.gateThreshold(),
            SourceAfisFingerMatcher.threshold(FmrTarget.ONE_PER_THOUSAND),
            "face: egate operating point FMR 0.1 % (LFW dev); finger: egate operating point FMR 0.1 % (FVC2002)"));
    ClearanceFlow flow = new ClearanceFlow(lane, SiteCatalog.seeded().site(lane.site()).orElseThrow(), devices.devices(),
        new HttpAuthorizationService(client, credentials, Clock.systemUTC()), matchers, outbox, time,
        new SplittableRandom(seed), LaneParameters.DEFAULTS);
    LaneRunner runner = new LaneRunner(flow, outbox, Duration.ofSeconds(5),
        t -> System.err.println("egate lane " + lane.id() + ": " + t.id() + " " + t.decision().reason() + " in "
            + t.timeline().total().toMillis() + " ms"));
    System.err.println("egate lane " + lane.id() + ": serving (" + lane.direction() + ", " + lane.site()
        + "), journal " + journalFile + ", server " + server);
    runner.start();
    try {
      if (seconds != null) {
        Thread.sleep(Duration.ofSeconds(seconds).toMillis());
      } else {
        Thread.currentThread().join();
      }
    } finally {
      runner.close();
      outbox.close();
      face.close();
    }
    print(lane, journalFile, journaled.lastDrain(), runner.served());
    return ExitCodes.OK;
  }

  private Lane lane() {
    LaneId id;
    try {
      id = LaneId.of(laneId);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--lane: " + e.getMessage());
    }
    return SiteCatalog.seeded().lane(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--lane: no lane '" + laneId + "' in the site catalogue"));
  }

  private byte[] secret() throws IOException {
    if (!Files.isRegularFile(secretFile)) {
      throw new ParameterException(spec.commandLine(), "--secret-file: no file '" + secretFile + "'");
    }
    String text = Files.readString(secretFile, StandardCharsets.UTF_8).trim();
    try {
      byte[] secret = Base64.getDecoder().decode(text);
      if (secret.length < 16) {
        throw new ParameterException(spec.commandLine(),
            "--secret-file: a lane secret must be at least 16 bytes but '" + secretFile + "' holds " + secret.length);
      }
      return secret;
    } catch (IllegalArgumentException notBase64) {
      throw new ParameterException(spec.commandLine(), "--secret-file: '" + secretFile + "' is not base64");
    }
  }

  private static void print(Lane lane, Path journalFile, DrainReport report, int served) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("lane", lane.id().value());
    out.put("journal", journalFile.toString());
    out.put("transactions", served);
    out.put("forwarded", report.stored());
    out.put("alreadyStored", report.alreadyStored());
    report.rejected().forEach(key -> out.withArray("rejected").add(key.value()));
    out.withArray("rejected");
    out.put("pending", report.stillPending());
    System.out.println(out.toString());
  }
}
