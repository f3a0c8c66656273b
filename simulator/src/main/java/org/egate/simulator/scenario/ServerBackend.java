package org.egate.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.LaneId;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.biometric.SourceAfisFingerMatcher;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.http.HttpAuthorizationService;
import org.egate.lane.http.HttpCrossingSink;
import org.egate.lane.http.LaneCredentials;
import org.egate.lane.journal.JournalSink;
import org.egate.server.EgateServer;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.egate.simulator.population.SimulatedTraveler;
import org.egate.simulator.population.TravelDocuments;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenarios against the real server (decision 0140): {@link EgateServer} in process on a loopback
 * port with its embedded PostgreSQL, its clock a {@link ScenarioClock}; the world of each scenario
 * is set up through the public API as a counter officer would (enrollment with a synthetic portrait
 * and two synthetic index fingerprints on the enrollment day, withdrawal, exit ban, loss report),
 * and the lane asks over HTTP with its own credentials and signs with the same clock. The lane
 * matches fingerprints with SourceAFIS and faces with face-api descriptors ({@code FaceApiMatcher}),
 * on real face images of the face-api demo photos ({@link SyntheticBiometrics}); every face verdict
 * (what is worn, how many faces, quality, comparison) is the engine's, on the rendered frames
 * (decision 0150). "Down" is a
 * real connection refused: the lane is pointed at a closed port. One server serves every scenario
 * of a run; each scenario gets its own person (document number, face identity, fingers), so nothing
 * one scenario arranges touches another.
 */
public final class ServerBackend implements ScenarioBackend, AutoCloseable {
  static final String OFFICER = "scenario-officer";
  static final String PASSWORD = "scenario-correct-horse-battery";
  /** Where every scenario traveler enrolls (an enrollment place of the seeded catalogue). */
  static final String SITE = "TAOYUAN";
  static final String TERMINAL = "T2";

  private final ConfigurableApplicationContext server;
  private final ScenarioClock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final URI closedPort;
  private final OfficerClient officer;
  private final SyntheticBiometrics biometrics;
  private final Map<String, byte[]> secrets = new HashMap<>();
  private int people;
  private Scenario current;
  private Visitor visitor;
  private boolean down;

  private ServerBackend(ConfigurableApplicationContext server, ScenarioClock clock, Path work) {
    this.server = server;
    this.clock = clock;
    this.base = URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/");
    this.closedPort = closedPort();
    this.biometrics = new SyntheticBiometrics(work.resolve("biometrics"), 7);
    TransactionTemplate tx = server.getBean(TransactionTemplate.class);
    tx.executeWithoutResult(s -> server.getBean(OfficerAccounts.class)
        .create(OFFICER, PASSWORD, EnumSet.of(Role.OFFICER, Role.SUPERVISOR), "Scenario counter officer"));
    this.officer = new OfficerClient(http, base, OFFICER, PASSWORD);
  }

  /** Starts the real server with its embedded PostgreSQL under {@code work} (the caller deletes it). */
  public static ServerBackend start(Path work) {
    ScenarioClock clock = new ScenarioClock();
    SpringApplication app = new SpringApplication(EgateServer.class);
    app.addInitializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
    ConfigurableApplicationContext server = app.run("--server.port=0", "--server.address=127.0.0.1",
        "--egate.data-dir=" + work.resolve("server"), "--logging.level.root=WARN");
    try {
      return new ServerBackend(server, clock, work);
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  public URI base() {
    return base;
  }

  @Override
  public Optional<ReasonCode> arrange(Scenario s) {
    int person = ++people;
    SimulatedTraveler t = distinct(s.traveler(), person);
    current = s;
    down = false;
    Optional<ReasonCode> refused = Optional.empty();
    if (s.enrolledOn().isPresent()) {
      clock.set(s.enrolledOn().get().atTime(LocalTime.of(10, 0)).atZone(s.at().getZone()).toInstant());
      OfficerClient.Enrolled answer = officer.enroll(t, SITE, TERMINAL, biometrics.enrollmentFace(person),
          s.fingerprintsEnrolled() ? Optional.of(biometrics.enrollmentFinger(person, 0)) : Optional.empty(),
          s.fingerprintsEnrolled() ? Optional.of(biometrics.enrollmentFinger(person, 1)) : Optional.empty());
      refused = answer.refusal();
      answer.referralId().ifPresent(officer::approveReferral);
      if (refused.isEmpty() && s.withdrawn()) {
        officer.withdraw(answer.enrollmentId().orElseThrow());
      }
      clock.set(s.at().minusHours(1).toInstant());
      if (refused.isEmpty() && t.exitBan()) {
        officer.imposeExitBan(answer.travelerId().orElseThrow(), s.day().minusDays(10));
      }
    }
    clock.set(s.at().minusHours(1).toInstant());
    if (t.documentLostOrStolen()) {
      officer.reportLostOrStolen(t.document(), s.day().minusDays(3));
    }
    clock.set(s.at().toInstant());
    visitor = biometrics.atTheGate(t, person);
    return refused;
  }

  /** The scenario's traveler as a person of their own: own id (the server's client key) and own document number. */
  static SimulatedTraveler distinct(SimulatedTraveler t, int person) {
    String id = t.biometricId() + "-" + person;
    return new SimulatedTraveler(id, t.category(), t.kinmenMatsuPermit(), t.nationality(), t.surname(), t.givenNames(),
        t.sex(), t.birthDate(), t.heightCm(), TravelDocuments.issue(t.document().type(), t.nationality(), t.surname(),
            t.givenNames(), t.sex(), t.birthDate(), t.document().expiresOn(), new SplittableRandom(person * 104_729L)),
        t.enrolled(), t.exitBan(), t.documentLostOrStolen(), t.behaviour());
  }

  @Override
  public Visitor visitor(Scenario scenario) {
    if (scenario != current) {
      throw new IllegalStateException("scenario '" + scenario.name() + "' was not arranged last");
    }
    return visitor;
  }

  @Override
  public Matchers matchers(SimulatedLane lane) {
    // A matcher per lane, as on a real lane. FaceApiMatcher caches the last frame's analysis; keyed by
    // frame id alone, a matcher shared by the scenarios (whose fresh lanes number frames from the start
    // again) judged a frame by an earlier scenario's frame of the same id: that, not the renderer, is
    // why the engine "did not flag" the drawn accessories in decision 0140. The key now includes the
    // image too (decision 0150).
    return new Matchers(biometrics.faceMatcher(),
        SourceAfisFingerMatcher.withDefaults(),
        new MatchThresholds(SyntheticBiometrics.faceThreshold(), SyntheticBiometrics.fingerThreshold(),
            "face: face-api descriptors, FMR 0.1 % operating point (0102); finger: SourceAFIS at the real"
                + " FMR 0.1 % operating point, which synthetic prints meet (0155)"));
  }

  private LaneCredentials credentials(boolean reachable) {
    String lane = current.laneId();
    byte[] secret = secrets.computeIfAbsent(lane, id -> server.getBean(TransactionTemplate.class)
        .execute(s -> server.getBean(org.egate.server.security.LaneCredentials.class).issue(id)));
    return new LaneCredentials(reachable ? base : closedPort, LaneId.of(lane), secret, Duration.ofSeconds(10));
  }

  @Override
  public AuthorizationService authorization() {
    return query -> {
      AuthorizationService lane = new HttpAuthorizationService(http, credentials(!down), clock);
      return lane.authorize(query);
    };
  }

  @Override
  public JournalSink crossings() {
    return entry -> new HttpCrossingSink(http, credentials(!down), clock).deliver(entry);
  }

  @Override
  public void takeDown() {
    down = true;
  }

  @Override
  public void bringBack() {
    down = false;
  }

  @Override
  public int crossingsHeld(IdempotencyKey key) {
    return server.getBean(JdbcClient.class).sql("select count(*) from crossing where client_key = ?")
        .param(key.value()).query(Long.class).single().intValue();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      biometrics.close();
    }
  }

  /** Where the faces come from, for reports. */
  public String faceSource() {
    return biometrics.faceSource();
  }

  /** A loopback port nobody listens on: connecting is refused, as when the server is down. */
  private static URI closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
