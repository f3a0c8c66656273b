package org.egate.cli.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.document.mrz.CheckDigit;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.biometric.SourceAfisFingerMatcher;
import org.egate.lane.clearance.ClearanceFlow;
import org.egate.lane.clearance.CrossingRecordJson;
import org.egate.lane.clearance.JournalOutbox;
import org.egate.lane.clearance.LaneParameters;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.http.HttpAuthorizationService;
import org.egate.lane.http.HttpCrossingSink;
import org.egate.lane.http.LaneCredentials;
import org.egate.lane.journal.Journal;
import org.egate.lane.journal.JournalEntry;
import org.egate.lane.journal.JournalSink;
import org.egate.lane.time.SimulatedTime;
import org.egate.server.EgateServer;
import org.egate.server.demo.DemoFaces;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One lane against the real server (embedded PostgreSQL, Spring Boot): an enrolled national is
 * authorized, matched at the lane by fingerprint (FVC2002 DB2_B, SourceAFIS at the measured FMR
 * 0.1 % threshold; the server's interim thumbnail face is not a template this lane reads, so the
 * fingerprint decides), and the crossing is journaled and ingested exactly once; an impostor is
 * refused and recorded; a stranger is refused by the server; a stopped server fails the lane closed.
 */
class LaneAgainstServerTest {

  static final String LANE = "TAOYUAN-T2-D01";
  static final String PASSWORD = "correct-horse-battery";

  @TempDir Path dir;

  private static Path data() {
    return Path.of(System.getProperty("egate.shared.data", "../shared/data"));
  }

  private static String b64(Path file) throws Exception {
    return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
  }

  private static MrzText passport(String number) {
    String line1 = "P<TWNLIN<<MEI<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<";
    String optional = "A123456789<<<<";
    String line2 = number + CheckDigit.of(number) + "TWN800303" + CheckDigit.of("800303") + "F300101"
        + CheckDigit.of("300101") + optional + CheckDigit.of(optional);
    String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    return MrzText.of(line1, line2 + CheckDigit.of(composite));
  }

  private static int enroll(String base, String number, byte[] face, Path right, Path left) throws Exception {
    String body = """
        {"traveler":{"surname":"LIN","givenNames":"MEI HUA","birthDate":"1980-03-03","nationality":"TWN"},
         "category":"NATIONAL_WITH_HOUSEHOLD_REGISTRATION",
         "documents":[{"kind":"ROC_PASSPORT","issuer":"TWN","number":"%s","expiresOn":"2035-01-01"},
                      {"kind":"NATIONAL_ID_CARD","issuer":"TWN","number":"A1%s"}],
         "heightCm":165, "place":{"site":"TAOYUAN","terminal":"T2"},
         "faceImage":"%s", "fingerprints":{"RIGHT_INDEX":"%s","LEFT_INDEX":"%s"}}"""
        .formatted(number, number.substring(1), Base64.getEncoder().encodeToString(face), b64(right), b64(left));
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/enrollments"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("officer1:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.statusCode();
  }

  @Test
  void aLaneClearsRefusesAndRecordsAgainstTheRealServerAndFailsClosedWhenItStops() throws Exception {
    Path db2 = data().resolve("fingerprints/fvc2002/DB2_B");
    Path faces = data().resolve("faces/lfw-dev/images");
    assumeTrue(Files.isDirectory(db2) && Files.isDirectory(faces), "shared data (FVC2002, LFW) not found");
    ConfigurableApplicationContext server = EgateServer.start(0, "egate.data-dir=" + dir.resolve("server"),
        "logging.level.root=WARN");
    try {
      TransactionTemplate tx = server.getBean(TransactionTemplate.class);
      tx.executeWithoutResult(s -> server.getBean(OfficerAccounts.class)
          .create("officer1", PASSWORD, EnumSet.of(Role.OFFICER), "Counter Officer"));
      byte[] secret = tx.execute(s -> server.getBean(org.egate.server.security.LaneCredentials.class).issue(LANE));
      String base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port") + "/";
      String number = "312340001";
      // an enrollment-grade portrait (the server refuses LFW photos with a turned head or a hat-like forehead)
      byte[] face = DemoFaces.portrait(0);
      enroll(base, number, face, db2.resolve("101_1.tif"), db2.resolve("102_1.tif"));

      SiteCatalog catalog = SiteCatalog.seeded();
      Lane lane = catalog.lane(LaneId.of(LANE)).orElseThrow();
      SimulatedTime time = new SimulatedTime(Instant.now());
      SimulatedLane devices = new SimulatedLane(DeviceProfiles.TYPICAL, time, 5);
      LaneCredentials credentials = new LaneCredentials(URI.create(base), lane.id(), secret, Duration.ofSeconds(10));
      HttpClient http = HttpClient.newHttpClient();
      HttpCrossingSink sink = new HttpCrossingSink(http, credentials, Clock.systemUTC());
      Matchers matchers = new Matchers(devices.matchers().face(), SourceAfisFingerMatcher.withDefaults(),
          new MatchThresholds(0.5, SourceAfisFingerMatcher.threshold(FmrTarget.ONE_PER_THOUSAND),
              "finger: egate operating point FMR 0.1 % (FVC2002)"));
      try (Journal journal = Journal.open(dir.resolve("lane").resolve(LANE + ".journal"))) {
        JournalOutbox outbox = new JournalOutbox(journal, sink);
        ClearanceFlow flow = new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
            new HttpAuthorizationService(http, credentials, Clock.systemUTC()), matchers, outbox, time,
            new SplittableRandom(5), LaneParameters.DEFAULTS);

        // The enrolled traveler places her right index finger (another impression of it).
        devices.scene().arrive(Visitor.with("lin", passport(number)).fingerImages(List.of(db2.resolve("101_2.tif"))).build());
        Transaction cleared = flow.serveNext().orElseThrow();
        assertThat(cleared.decision().reason()).as(cleared.decision().clearance().checks().toString())
            .isEqualTo(ReasonCode.CLEARED);
        assertThat(cleared.decision().evidence().bestFingerScore()).isPresent();
        assertThat(cleared.decision().evidence().ruleVersion()).isPresent();
        assertThat(outbox.lastDrain().stored()).isEqualTo(1);
        // The same record again (a lane that crashed before its mark): the server keeps one.
        JournalEntry again = new JournalEntry(0, cleared.record().orElseThrow().key(),
            CrossingRecordJson.encode(cleared.record().orElseThrow()));
        assertThat(sink.deliver(again)).isEqualTo(JournalSink.Acknowledgement.ALREADY_STORED);

        // Someone else with her passport: the fingerprint does not match; the refusal is recorded too.
        devices.scene().arrive(Visitor.with("impostor", passport(number))
            .fingerImages(List.of(db2.resolve("105_1.tif"))).build());
        Transaction impostor = flow.serveNext().orElseThrow();
        assertThat(impostor.decision().reason()).isEqualTo(ReasonCode.FINGER_MISMATCH);
        assertThat(outbox.lastDrain().stored()).isEqualTo(1);

        // A passport the server has never seen.
        devices.scene().arrive(Visitor.with("chen", passport("312349999")).build());
        assertThat(flow.serveNext().orElseThrow().decision().reason()).isEqualTo(ReasonCode.NOT_ENROLLED);

        // The server stops: the lane refuses new travelers (fails closed).
        server.close();
        devices.scene().arrive(Visitor.with("lin", passport(number)).fingerImages(List.of(db2.resolve("101_3.tif"))).build());
        assertThat(flow.serveNext().orElseThrow().decision().reason()).isEqualTo(ReasonCode.SERVER_UNAVAILABLE);
        assertThat(journal.pendingCount()).isZero();
      }
    } finally {
      server.close();
    }
  }
}
