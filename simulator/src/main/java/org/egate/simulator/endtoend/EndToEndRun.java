package org.egate.simulator.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.lane.biometric.FaceApiMatcher;
import org.egate.simulator.face.CaptureVariation;
import org.egate.simulator.face.FaceLibrary;
import org.egate.simulator.face.FaceRenderer;
import org.egate.simulator.face.TravelerFaces;
import org.egate.simulator.population.GateBehaviour;
import org.egate.border.site.Lane;
import org.egate.border.site.SiteCatalog;
import org.egate.border.timeline.TaipeiCalendar;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.biometric.SourceAfisFingerMatcher;
import org.egate.lane.clearance.ClearanceFlow;
import org.egate.lane.clearance.JournalOutbox;
import org.egate.lane.clearance.LaneParameters;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.http.HttpAuthorizationService;
import org.egate.lane.http.HttpCrossingSink;
import org.egate.lane.http.LaneCredentials;
import org.egate.lane.journal.Journal;
import org.egate.lane.time.SimulatedTime;
import org.egate.server.EgateServer;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.egate.simulator.finger.MasterFingerprint;
import org.egate.simulator.finger.SyntheticFingerprints;
import org.egate.simulator.population.PopulationGenerator;
import org.egate.simulator.population.PopulationParameters;
import org.egate.simulator.population.SimulatedTraveler;
import org.egate.simulator.scenario.Visitors;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the whole stack once (decision 0080): embedded PostgreSQL and the real server in process on
 * a loopback port; the population of {@link PopulationGenerator} enrolled through the server's API
 * with synthetic fingerprints (both index fingers; a flat grey face image, since the lanes' face
 * matcher cannot read the server's interim face templates, so the fingerprint decides); exit bans
 * imposed through the API; M lanes, each on its own virtual time with simulated devices, the real
 * SourceAFIS matcher, an HTTP client and a journal, serving the travelers dealt round-robin, in
 * parallel. Afterwards every journaled record is looked up in the server's database.
 */
public final class EndToEndRun {
  static final String OFFICER = "e2e-officer";
  static final String PASSWORD = "e2e-correct-horse-battery";
  /** Enrollment place of the whole population (an enrollment place of the seeded catalogue). */
  static final String SITE = "TAOYUAN";
  static final String TERMINAL = "T2";

  private final EndToEndParameters parameters;
  private final SyntheticFingerprints fingers = SyntheticFingerprints.withDefaults();
  /** Lanes take turns for compute (decision 0131). */
  private final Semaphore computeSlots;
  private TravelerFaces faces;
  /** {@code --fingers DIR}; null: synthetic fingerprints. */
  private RealFingers realFingers;
  private FaceModels faceModels;

  public EndToEndRun(EndToEndParameters parameters) {
    this.parameters = parameters;
    this.computeSlots = new Semaphore(parameters.computeSlots(), true);
  }

  public EndToEndReport run() throws IOException, InterruptedException {
    Path work = parameters.workDir();
    Files.createDirectories(work.resolve("fingers"));
    Instant wallStart = Instant.now();
    if (parameters.fingers().isPresent()) {
      realFingers = RealFingers.fvc(parameters.fingers().get());
      System.err.printf("egate simulate: %d real fingers from %s shared by the travelers%n", realFingers.size(),
          parameters.fingers().get());
    }
    // One set of face models for the whole run: ONNX sessions are thread-safe, and 8 copies would
    // only cost memory; the compute slots bound how many lanes run inference at once.
    faceModels = FaceModels.load(1);
    FaceLibrary library = parameters.faces().isPresent()
        ? FaceLibrary.lfw(faceModels, parameters.faces().get(), LFW_PEOPLE)
        : FaceLibrary.demo(faceModels);
    faces = new TravelerFaces(library, new FaceRenderer(CaptureVariation.GATE), parameters.seed());

    System.err.printf("egate simulate: %d face identities from %s, shared by %d travelers (decision 0130)%n",
        library.size(), library.source(), parameters.travelers());
    ConfigurableApplicationContext server = EgateServer.start(0, "egate.data-dir=" + work.resolve("server"),
        "server.address=127.0.0.1", "logging.level.root=WARN");
    try {
      LocalDate today = TaipeiCalendar.today(Clock.systemUTC());
      List<Lane> lanes = lanes(today);
      TransactionTemplate tx = server.getBean(TransactionTemplate.class);
      tx.executeWithoutResult(s -> server.getBean(OfficerAccounts.class)
          .create(OFFICER, PASSWORD, EnumSet.of(Role.OFFICER, Role.SUPERVISOR), "Simulated counter officer"));
      Map<String, byte[]> secrets = new HashMap<>();
      for (Lane lane : lanes) {
        secrets.put(lane.id().value(), tx.execute(s ->
            server.getBean(org.egate.server.security.LaneCredentials.class).issue(lane.id().value())));
      }
      URI base = URI.create("http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port") + "/");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

      List<SimulatedTraveler> population = new PopulationGenerator(PopulationParameters.DEFAULTS, today)
          .generate(parameters.travelers(), parameters.seed());
      Instant enrollStart = Instant.now();
      Enrollments enrolled = enroll(population, new ServerAdmin(http, base, OFFICER, PASSWORD));
      Duration enrollWall = Duration.between(enrollStart, Instant.now());

      List<List<SimulatedTraveler>> queues = new ArrayList<>();
      lanes.forEach(l -> queues.add(new ArrayList<>()));
      for (int i = 0; i < population.size(); i++) {
        queues.get(i % lanes.size()).add(population.get(i));
      }
      Instant lanesStart = Instant.now();
      List<LaneOutcome> outcomes = runLanes(lanes, queues, secrets, base, http, enrolled, today);
      Duration lanesWall = Duration.between(lanesStart, Instant.now());

      JdbcClient jdbc = server.getBean(JdbcClient.class);
      Set<String> held = new HashSet<>(jdbc.sql("select client_key from crossing").query(String.class).list());
      long rows = jdbc.sql("select count(*) from crossing").query(Long.class).single();
      List<Walk> walks = new ArrayList<>();
      int pending = 0;
      Duration virtual = Duration.ZERO;
      for (LaneOutcome o : outcomes) {
        walks.addAll(o.walks());
        pending += o.pending();
        virtual = virtual.plus(o.virtualElapsed());
      }
      long journaled = walks.stream().filter(w -> w.recordKey().isPresent()).count();
      long lost = walks.stream().filter(w -> w.recordKey().isPresent() && !held.contains(w.recordKey().get())).count();
      return new EndToEndReport(parameters, lanes.stream().map(l -> l.id().value()).toList(), walks,
          enrolled.active().size(), enrolled.refused(), enrolled.referralsApproved(), enrolled.exitBans().size(), journaled, rows - held.size(),
          lost, pending, virtual, enrollWall, lanesWall, Duration.between(wallStart, Instant.now()));
    } finally {
      server.close();
      faceModels.close();
    }
  }

  /** People read from an LFW-layout --faces folder at most (those with two photos first). */
  static final int LFW_PEOPLE = 200;

  /** The first M lanes of the seeded catalogue open today, Taoyuan's first (where everyone enrolled). */
  private List<Lane> lanes(LocalDate today) {
    List<Lane> open = new ArrayList<>(SiteCatalog.seeded().lanes().stream()
        .filter(l -> !l.opensOn().isAfter(today)).toList());
    open.sort((a, b) -> Boolean.compare(!a.id().value().startsWith(SITE), !b.id().value().startsWith(SITE)));
    if (open.size() < parameters.lanes()) {
      throw new IllegalArgumentException("--lanes " + parameters.lanes() + ": the site catalogue has " + open.size()
          + " lanes open on " + today);
    }
    return List.copyOf(open.subList(0, parameters.lanes()));
  }

  record Enrollments(Map<String, String> active, Map<String, Integer> refused, Set<String> exitBans,
      int referralsApproved) {}

  private final java.util.concurrent.atomic.AtomicInteger referralsApproved = new java.util.concurrent.atomic.AtomicInteger();

  private Enrollments enroll(List<SimulatedTraveler> population, ServerAdmin admin) throws IOException, InterruptedException {
    Map<String, String> active = new ConcurrentHashMap<>();
    Map<String, Integer> refused = new ConcurrentHashMap<>();
    Set<String> bans = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (SimulatedTraveler t : population) {
        if (t.enrolled()) {
          tasks.add(pool.submit(() -> {
            enrollOne(t, admin, active, refused, bans);
            return null;
          }));
        }
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("enrollment failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    System.err.printf("egate simulate: %d of %d travelers enrolled through the API (%s refused; %d duplicate referrals"
        + " approved by the simulated supervisor), %d exit bans%n", active.size(), population.size(), refused,
        referralsApproved.get(), bans.size());
    return new Enrollments(Map.copyOf(active), Map.copyOf(refused), Set.copyOf(bans), referralsApproved.get());
  }

  /**
   * Synthesizes the traveler's two index fingers (one master each), enrolls one impression of
   * each and leaves another impression of each as the lane scanner's images.
   */
  private void enrollOne(SimulatedTraveler t, ServerAdmin admin, Map<String, String> active,
      Map<String, Integer> refused, Set<String> bans) throws IOException, InterruptedException {
    long index = index(t);
    byte[] face = faces.portrait(index);
    MasterFingerprint right = realFingers == null ? master(index, 0) : null;
    MasterFingerprint left = realFingers == null ? master(index, 1) : null;
    byte[] rightPng = realFingers == null ? SyntheticFingerprints.png(fingers.impression(right, 1)) : realFingers.enrolled(index, 0);
    byte[] leftPng = realFingers == null ? SyntheticFingerprints.png(fingers.impression(left, 1)) : realFingers.enrolled(index, 1);
    ServerAdmin.Enrolled answer = admin.enroll(t, SITE, TERMINAL, face, rightPng, leftPng);
    if (answer.referralId().isPresent()) {
      // The 1:N check referred it; the run knows every traveler is a different person (decision 0080),
      // though many share a face (decision 0130): the officer sees different documents and fingers.
      referralsApproved.incrementAndGet();
      if (!admin.approveReferral(answer.referralId().get())) {
        refused.merge("referral not approved", 1, Integer::sum);
        return;
      }
    } else if (!answer.active()) {
      if (refused.isEmpty()) {
        System.err.println("egate simulate: first enrollment the server refused: " + answer.body());
      }
      refused.merge(answer.refusal(), 1, Integer::sum);
      return;
    }
    boolean impostor = t.behaviour().impostor();
    if (realFingers != null) {
      Files.write(laneFinger(t, 0), realFingers.atLane(index, 0, impostor));
      Files.write(laneFinger(t, 1), realFingers.atLane(index, 1, impostor));
    } else {
      writeLaneFinger(t, 0, impostor ? master(index + IMPOSTOR_OFFSET, 0) : right);
      writeLaneFinger(t, 1, impostor ? master(index + IMPOSTOR_OFFSET, 1) : left);
    }
    GateBehaviour b = t.behaviour();
    faces.writeLive(laneFaces(t), index, b.worn(), impostor || !b.faceRecognizable(), b.hiddenCompanion());
    active.put(t.biometricId(), answer.travelerId().orElseThrow());
    if (t.exitBan() && admin.imposeExitBan(answer.travelerId().orElseThrow())) {
      bans.add(t.biometricId());
    }
  }

  /**
   * The lane's fingerprint threshold, for synthetic and real prints alike: the engine's FMR 0.1 %
   * operating point on FVC2002 (24.9). Synthetic impostors now score like real ones (synthetic
   * FMR about 0.1 % there, decision 0155), so the synthetic prints' own 56 of decision 0122 is
   * retired.
   */
  public static final double FINGER_THRESHOLD = SourceAfisFingerMatcher.threshold(FaceApiMatcher.GATE_FMR_TARGET);

  /** An impostor's fingers: a finger no traveler of the run has. */
  static final long IMPOSTOR_OFFSET = 5_000_000;

  /** Finger {@code finger} (0 right index, 1 left index) of traveler {@code index} of this run's seed. */
  private MasterFingerprint master(long index, int finger) {
    return fingers.master(parameters.seed() * 10_000_019L + 2 * index + finger);
  }

  private static long index(SimulatedTraveler t) {
    return Long.parseLong(t.biometricId().substring(1));
  }

  private Path laneFaces(SimulatedTraveler t) {
    return parameters.workDir().resolve("faces").resolve(t.biometricId());
  }

  private List<Path> laneFaceFrames(SimulatedTraveler t) throws IOException {
    try (var files = Files.list(laneFaces(t))) {
      return files.sorted().toList();
    }
  }

  private Path laneFinger(SimulatedTraveler t, int finger) {
    return parameters.workDir().resolve("fingers").resolve(t.biometricId() + "_" + finger
        + (realFingers == null ? ".png" : ".tif"));
  }

  private void writeLaneFinger(SimulatedTraveler t, int finger, MasterFingerprint master) throws IOException {
    Files.write(laneFinger(t, finger), SyntheticFingerprints.png(fingers.impression(master, 2)));
  }

  /** The two impressions a lane's scanner gets (written at enrollment). */
  private List<Path> laneFingers(SimulatedTraveler t) {
    return List.of(laneFinger(t, 0), laneFinger(t, 1));
  }

  record LaneOutcome(List<Walk> walks, int pending, Duration virtualElapsed) {}

  /** The lane's face threshold: FMR 0.1 % of the face-api descriptors (decision 0102). */
  static final double FACE_THRESHOLD = FaceApiMatcher.gateThreshold();

  private List<LaneOutcome> runLanes(List<Lane> lanes, List<List<SimulatedTraveler>> queues, Map<String, byte[]> secrets,
      URI base, HttpClient http, Enrollments enrolled, LocalDate today) throws InterruptedException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(lanes.size());
    try {
      List<Future<LaneOutcome>> futures = new ArrayList<>();
      for (int i = 0; i < lanes.size(); i++) {
        Lane lane = lanes.get(i);
        List<SimulatedTraveler> queue = queues.get(i);
        long seed = parameters.seed() * 31 + i;
        futures.add(pool.submit(() -> runLane(lane, queue, secrets.get(lane.id().value()), base, http, enrolled, today, seed)));
      }
      List<LaneOutcome> outcomes = new ArrayList<>();
      for (Future<LaneOutcome> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("a lane failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private LaneOutcome runLane(Lane lane, List<SimulatedTraveler> queue, byte[] secret, URI base, HttpClient http,
      Enrollments enrolled, LocalDate today, long seed) throws IOException {
    SiteCatalog catalog = SiteCatalog.seeded();
    Instant start = Instant.now();
    SimulatedTime time = new SimulatedTime(start);
    SimulatedLane devices = new SimulatedLane(parameters.devices(), time, seed);
    LaneCredentials credentials = new LaneCredentials(base, lane.id(), secret, Duration.ofSeconds(10));
    HttpCrossingSink sink = new HttpCrossingSink(http, credentials, Clock.systemUTC());
    TimedParts timed = new TimedParts();
    Matchers matchers = new Matchers(timed.face(new FaceApiMatcher(faceModels)),
        timed.finger(SourceAfisFingerMatcher.withDefaults()),
        new MatchThresholds(FACE_THRESHOLD, FINGER_THRESHOLD,
            "face: FMR 0.1 % on LFW dev (0102); finger: the engine's FMR 0.1 % operating point"
                + (realFingers == null ? " (FVC2002), which synthetic prints meet (0155)" : "")));
    List<Walk> walks = new ArrayList<>(queue.size());
    Files.createDirectories(parameters.workDir().resolve("lanes"));
    try (Journal journal = Journal.open(parameters.workDir().resolve("lanes").resolve(lane.id().value() + ".journal"))) {
      JournalOutbox outbox = new JournalOutbox(journal, sink);
      ClearanceFlow flow = new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
          timed.authorization(new HttpAuthorizationService(http, credentials, Clock.systemUTC())), matchers,
          timed.outbox(outbox), time,
          new SplittableRandom(seed), LaneParameters.DEFAULTS);
      for (SimulatedTraveler t : queue) {
        boolean onServer = enrolled.active().containsKey(t.biometricId());
        Visitor v = Visitors.of(t);
        if (onServer) {
          v = withImages(v, laneFaceFrames(t), t.behaviour().fingersReadable() ? laneFingers(t) : List.of());
        }
        devices.scene().arrive(v);
        long asked = System.nanoTime();
        computeSlots.acquireUninterruptibly();
        Transaction done;
        long software;
        long before = System.nanoTime();
        try {
          timed.reset();
          done = flow.serveNext()
              .orElseThrow(() -> new IllegalStateException("lane " + lane.id() + " served no one for " + t.biometricId()));
          software = System.nanoTime() - before;
        } finally {
          computeSlots.release();
        }
        walks.add(new Walk(t, lane.id().value(), done.decision().reason(), done.timeline().total(), software,
            timed.parts(before - asked),
            done.record().map(r -> r.key().value()),
            Expectation.of(t, onServer, enrolled.exitBans().contains(t.biometricId()), lane.direction(), today),
            LanePath.of(done), done.timeline().timeIn()));
        if (flow.fault().isPresent()) {
          flow.restore(); // an officer fixes the lane before the next traveler
        }
      }
      outbox.forward();
      return new LaneOutcome(walks, journal.pendingCount(), Duration.between(start, time.clock().instant()));
    }
  }

  private static Visitor withImages(Visitor v, List<Path> faceImages, List<Path> fingerImages) {
    return new Visitor(v.biometricId(), v.document(), v.unreadableReads(), v.accessories(), v.removesAccessoriesWhenAsked(),
        v.framesLookingAway(), v.faceRecognizable(), v.fingersReadable(), v.companions(), v.companionsHiddenFromSensor(),
        v.trolley(), v.removesTrolleyWhenAsked(), v.child(), faceImages, fingerImages);
  }
}
