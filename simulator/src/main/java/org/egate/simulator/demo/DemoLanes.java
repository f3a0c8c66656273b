package org.egate.simulator.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
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
import org.egate.lane.http.HttpAuthorizationService;
import org.egate.lane.http.HttpCrossingSink;
import org.egate.lane.http.LaneCredentials;
import org.egate.lane.journal.Journal;
import org.egate.lane.time.SystemTime;
import org.egate.simulator.population.PopulationGenerator;
import org.egate.simulator.population.SimulatedTraveler;
import org.egate.simulator.scenario.OfficerClient;
import org.egate.simulator.scenario.SyntheticBiometrics;

/**
 * Simulated lanes clearing a stream of synthetic travelers against a running server, until
 * closed (decision 0141). On start it picks one departure and one arrival lane per site (open
 * today), generates the population, and in the background enrolls it through the server's API
 * as a counter officer (a face of the face-api demo photos and synthetic index fingerprints; exit
 * bans and loss reports as the population says), then runs each lane on its own thread on real
 * time: simulated devices with their typical latencies, rendered gate frames, face-api and
 * SourceAFIS matchers, the lane's HTTP client and a journal file per lane. Each transaction is one line on {@code log}.
 */
public final class DemoLanes implements AutoCloseable {
  /** The synthetic population's fingers and faces live in their own number range. */
  static final long PERSON_BASE = 3_000_000L;
  static final String ENROLLMENT_SITE = "TAOYUAN";
  static final String ENROLLMENT_TERMINAL = "T2";

  private final URI server;
  private final Map<String, byte[]> secrets;
  private final OfficerClient officer;
  private final OfficerClient supervisor;
  private final Path dir;
  private final DemoLaneParameters parameters;
  private final PrintWriter log;
  private final List<Lane> lanes;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final CountDownLatch stop = new CountDownLatch(1);
  private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger served = new AtomicInteger();
  private final Map<ReasonCode, Integer> reasons = Collections.synchronizedMap(new EnumMap<>(ReasonCode.class));
  private volatile Optional<String> failure = Optional.empty();
  private volatile SyntheticBiometrics biometrics;

  private DemoLanes(URI server, Map<String, byte[]> secrets, OfficerClient officer, OfficerClient supervisor, Path dir,
      DemoLaneParameters parameters, PrintWriter log, List<Lane> lanes) {
    this.server = server;
    this.secrets = Map.copyOf(secrets);
    this.officer = officer;
    this.supervisor = supervisor;
    this.dir = dir;
    this.parameters = parameters;
    this.log = log;
    this.lanes = List.copyOf(lanes);
  }

  /**
   * Starts enrolling the population and then the lanes, in the background; returns at once.
   *
   * @param secrets lane secrets by lane id, as the server issued them
   * @param officer a counter officer's login (enrolls)
   * @param supervisor a supervisor's login (approves duplicate referrals, imposes exit bans, files loss reports)
   * @param dir for the lanes' journals and the gate images (created if missing)
   */
  public static DemoLanes start(URI server, Map<String, byte[]> secrets, OfficerClient officer, OfficerClient supervisor,
      Path dir, DemoLaneParameters parameters, PrintWriter log) {
    LocalDate today = TaipeiCalendar.today(Clock.systemUTC());
    DemoLanes demo = new DemoLanes(server, secrets, officer, supervisor, dir, parameters, log,
        pick(today, secrets.keySet()));
    Thread starter = new Thread(demo::enrollAndRun, "demo-lanes-start");
    starter.setDaemon(true);
    demo.threads.add(starter);
    starter.start();
    return demo;
  }

  /** One departure and one arrival lane per site, the first of each (by id) open today and known to the server. */
  static List<Lane> pick(LocalDate today, java.util.Set<String> known) {
    Map<String, Lane> chosen = new LinkedHashMap<>();
    SiteCatalog.seeded().lanes().stream()
        .filter(l -> !l.opensOn().isAfter(today) && known.contains(l.id().value()))
        .sorted(Comparator.comparing((Lane l) -> l.id().value()))
        .forEach(l -> chosen.putIfAbsent(l.site().value() + "/" + l.direction(), l));
    return List.copyOf(chosen.values());
  }

  /** The lanes this demo runs. */
  public List<Lane> lanes() {
    return lanes;
  }

  /** Transactions completed so far, all lanes. */
  public int served() {
    return served.get();
  }

  /** Decisions so far, by reason code. */
  public Map<ReasonCode, Integer> reasons() {
    synchronized (reasons) {
      return Map.copyOf(reasons);
    }
  }

  /** Why the demo lanes stopped on their own (enrollment or a lane failed), if they did. */
  public Optional<String> failure() {
    return failure;
  }

  private void enrollAndRun() {
    try {
      LocalDate today = TaipeiCalendar.today(Clock.systemUTC());
      List<SimulatedTraveler> population = new PopulationGenerator(parameters.population(), today)
          .generate(parameters.travelers(), parameters.seed());
      SyntheticBiometrics biometrics = new SyntheticBiometrics(dir.resolve("gate-images"), parameters.seed());
      this.biometrics = biometrics;
      List<SimulatedTraveler> walking = new ArrayList<>();
      int enrolled = 0;
      for (SimulatedTraveler t : population) {
        if (stop.getCount() == 0) {
          return;
        }
        boolean ok = t.enrolled() && enroll(t, biometrics, today);
        enrolled += ok ? 1 : 0;
        walking.add(t.withStanding(ok, t.exitBan(), t.documentLostOrStolen()));
      }
      log.printf("egate demo: lanes: %d of %d demo travelers enrolled; %d lanes start%n", enrolled, population.size(),
          lanes.size());
      log.flush();
      Files.createDirectories(dir.resolve("journals"));
      for (int i = 0; i < lanes.size(); i++) {
        Lane lane = lanes.get(i);
        int offset = i * walking.size() / lanes.size();
        long seed = parameters.seed() * 31 + i;
        Thread t = new Thread(() -> runLane(lane, walking, offset, biometrics, seed), "demo-lane-" + lane.id().value());
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    } catch (RuntimeException | IOException e) {
      failure = Optional.of("demo lanes: " + e.getMessage());
      log.println("egate demo: lanes stopped: " + e.getMessage());
      log.flush();
    }
  }

  /** Enrolls through the API; exit bans and loss reports as the traveler's standing says. False when refused. */
  private boolean enroll(SimulatedTraveler t, SyntheticBiometrics biometrics, LocalDate today) {
    long person = person(t);
    OfficerClient.Enrolled answer = officer.enroll(t, ENROLLMENT_SITE, ENROLLMENT_TERMINAL,
        biometrics.enrollmentFace(person), Optional.of(biometrics.enrollmentFinger(person, 0)),
        Optional.of(biometrics.enrollmentFinger(person, 1)));
    if (answer.refusal().isPresent()) {
      return false;
    }
    if (answer.earlier()) {
      return true; // an earlier demo on this data folder enrolled them, with their bans and reports
    }
    answer.referralId().ifPresent(supervisor::approveReferral);
    if (t.exitBan()) {
      supervisor.imposeExitBan(answer.travelerId().orElseThrow(), today.minusDays(30));
    }
    if (t.documentLostOrStolen()) {
      supervisor.reportLostOrStolen(t.document(), today.minusDays(2));
    }
    return true;
  }

  static long person(SimulatedTraveler t) {
    return PERSON_BASE + Long.parseLong(t.biometricId().replaceAll("[^0-9]", ""));
  }

  private void runLane(Lane lane, List<SimulatedTraveler> walking, int offset, SyntheticBiometrics biometrics, long seed) {
    SiteCatalog catalog = SiteCatalog.seeded();
    SystemTime time = SystemTime.taipei();
    SimulatedLane devices = new SimulatedLane(DeviceProfiles.TYPICAL, time, seed);
    LaneCredentials credentials = new LaneCredentials(server, lane.id(), secrets.get(lane.id().value()),
        Duration.ofSeconds(10));
    Matchers matchers = new Matchers(biometrics.faceMatcher(),
        SourceAfisFingerMatcher.withDefaults(),
        new MatchThresholds(SyntheticBiometrics.faceThreshold(), SyntheticBiometrics.fingerThreshold(),
            "demo: face-api descriptors at FMR 0.1 % (0102); SourceAFIS at the real FMR 0.1 % operating point (0155)"));
    try (Journal journal = Journal.open(dir.resolve("journals").resolve(lane.id().value() + ".journal"))) {
      JournalOutbox outbox = new JournalOutbox(journal, new HttpCrossingSink(http, credentials, Clock.systemUTC()));
      outbox.forward(); // what an earlier demo left in the journal
      ClearanceFlow flow = new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
          new HttpAuthorizationService(http, credentials, Clock.systemUTC()), matchers, outbox, time,
          new SplittableRandom(seed), LaneParameters.DEFAULTS);
      for (int n = offset; !stop.await(parameters.pause().toMillis(), TimeUnit.MILLISECONDS); n++) {
        SimulatedTraveler t = walking.get(n % walking.size());
        devices.scene().arrive(biometrics.atTheGate(t, person(t)));
        Optional<Transaction> done = flow.serveNext();
        if (done.isEmpty()) {
          continue;
        }
        ReasonCode reason = done.get().decision().reason();
        served.incrementAndGet();
        reasons.merge(reason, 1, Integer::sum);
        log.printf("egate demo: %-18s %-9s %s %s %.1f s%n", lane.id().value(),
            lane.direction() == Direction.DEPARTURE ? "departure" : "arrival", t.biometricId(), reason,
            done.get().timeline().total().toMillis() / 1000.0);
        log.flush();
        if (flow.fault().isPresent()) {
          flow.restore(); // an officer fixes the lane before the next traveler
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      if (stop.getCount() > 0) {
        failure = Optional.of("lane " + lane.id() + ": " + e.getMessage());
        log.println("egate demo: lane " + lane.id() + " stopped: " + e.getMessage());
        log.flush();
      }
    }
  }

  /** Stops every lane after its current traveler (waits up to 30 s, then interrupts). */
  @Override
  public void close() {
    stop.countDown();
    List<Thread> running;
    synchronized (threads) {
      running = List.copyOf(threads);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    for (Thread t : running) {
      try {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (t.isAlive()) {
          t.interrupt();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    SyntheticBiometrics b = biometrics;
    if (b != null && running.stream().noneMatch(Thread::isAlive)) {
      b.close(); // the face models, once no lane uses them
    }
  }
}
