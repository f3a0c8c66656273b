package org.egate.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.egate.biometrics.face.describe.FaceApiTemplate;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.site.Direction;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.LaneStatus;
import org.egate.border.site.Location;
import org.egate.border.site.SiteId;
import org.egate.border.site.TerminalCode;
import org.egate.border.traveler.TravelerId;
import org.egate.server.biometric.BiometricIndex;
import org.egate.server.biometric.DuplicateCheckParameters;
import org.egate.server.crypto.Sealer;
import org.egate.server.security.LaneCredentials;
import org.egate.server.security.LaneSignature;
import org.egate.server.site.SqlSiteDirectory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The measurement behind {@code egate bench authorize}; see the command for what it reports. */
final class AuthorizeBench {
  private static final int BATCH = 2000;
  private final ConfigurableApplicationContext context;
  private final PrintWriter log;
  private final String base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .executor(Executors.newCachedThreadPool(named("bench-http-"))).build();
  private UUID[] travelerIds;
  private UUID[] enrollmentIds;
  private String[] passports;
  private String[] laneIds;
  private byte[][] secrets;

  private final CpuMeter cpu;

  AuthorizeBench(ConfigurableApplicationContext context, PrintWriter log, java.nio.file.Path dataDir) {
    this.cpu = new CpuMeter(dataDir.resolve("postgres"));
    this.context = context;
    this.log = log;
    this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  ObjectNode run(int travelers, int lanes, int warmup, int seconds, ObjectMapper json) throws Exception {
    ObjectNode out = json.createObjectNode();
    out.put("travelers", travelers);
    out.put("lanes", lanes);
    out.put("secondsPerPhase", seconds);
    out.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    long t0 = System.nanoTime();
    seed(travelers);
    createLanes(lanes);
    out.put("seedSeconds", round((System.nanoTime() - t0) / 1e9));
    log.println("egate bench: seeded " + travelers + " enrollments and " + lanes + " lanes; measuring authorizations");
    log.flush();

    Phase warm = load(lanes, warmup, this::authorize);
    Phase auth = load(lanes, seconds, this::authorize);
    ObjectNode a = out.putObject("authorizations");
    a.put("count", auth.count);
    a.put("perSecond", round(auth.count / auth.seconds));
    a.put("p50Millis", round(auth.percentile(0.50)));
    a.put("p99Millis", round(auth.percentile(0.99)));
    a.put("authorized", auth.ok.get());
    a.put("errors", auth.errors.get());
    a.put("warmupCount", warm.count);
    cpuCost(a, auth);

    log.println("egate bench: measuring crossing ingest");
    log.flush();
    load(lanes, warmup, this::crossing);
    Phase cross = load(lanes, seconds, this::crossing);
    ObjectNode c = out.putObject("crossings");
    c.put("count", cross.count);
    c.put("perSecond", round(cross.count / cross.seconds));
    c.put("p50Millis", round(cross.percentile(0.50)));
    c.put("p99Millis", round(cross.percentile(0.99)));
    c.put("recorded", cross.ok.get());
    c.put("errors", cross.errors.get());
    cpuCost(c, cross);

    log.println("egate bench: measuring the 1:N duplicate check");
    log.flush();
    BiometricIndex index = context.getBean(BiometricIndex.class);
    long l0 = System.nanoTime();
    index.reload(); // the seed was written around the server; the index loaded at start did not see it
    int size = index.size();
    double loadMillis = (System.nanoTime() - l0) / 1e6;
    double[] times = new double[30];
    Random r = new Random(7);
    int hits = 0;
    for (int i = 0; i < times.length; i++) {
      BiometricSet probe = BiometricSet.faceOnly(BiometricTemplate.face(FaceApiTemplate.FORMAT, FaceApiTemplate.encode(descriptor(r))));
      long s = System.nanoTime();
      hits += index.search(probe, new TravelerId(UUID.randomUUID())).size();
      times[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(times);
    ObjectNode d = out.putObject("duplicateCheck");
    d.put("enrollments", size);
    d.put("indexLoadMillis", round(loadMillis));
    d.put("medianMillis", round(times[times.length / 2]));
    d.put("maxMillis", round(times[times.length - 1]));
    d.put("modality", "face (face-api descriptors, int8 FaceIndex exact top-k); fingerprints are compared only where enrolled (none in this run)");
    d.put("faceThresholdDistance", DuplicateCheckParameters.FACE_DISTANCE_THRESHOLD);
    d.put("falseHits", hits);

    ObjectNode goals = out.putObject("goals");
    goals.put("authorizationsPerSecondAtLeast1000", auth.count / auth.seconds >= 1000);
    goals.put("p99AtMost50Millis", auth.percentile(0.99) <= 50);
    goals.put("crossingsPerSecondAtLeast2000", cross.count / cross.seconds >= 2000);
    goals.put("duplicateCheckAtMost200Millis", times[times.length / 2] <= 200);
    return out;
  }

  /**
   * CPU milliseconds per request (this JVM = server + load generator; PostgreSQL), and the rate
   * the machine's cores could sustain at that cost if nothing else ran on them.
   */
  private static void cpuCost(ObjectNode node, Phase phase) {
    double jvm = phase.cpu.jvmSeconds() * 1000 / phase.count;
    double pg = phase.cpu.postgresSeconds() * 1000 / phase.count;
    node.put("cpuMillisPerRequestJvm", round(jvm));
    node.put("cpuMillisPerRequestServerJvm", round(phase.cpu.serverSeconds() * 1000 / phase.count));
    node.put("cpuMillisPerRequestJit", round(phase.cpu.jitSeconds() * 1000 / phase.count));
    node.put("cpuMillisPerRequestLoadGenerator", round(phase.cpu.loadGeneratorSeconds() * 1000 / phase.count));
    node.put("cpuMillisPerRequestPostgres", round(pg));
    node.put("cpuBoundPerSecondOnAllCores", round(Runtime.getRuntime().availableProcessors() * 1000 / (jvm + pg)));
    node.put("cpuShareOfMachine", round((phase.cpu.jvmSeconds() + phase.cpu.postgresSeconds())
        / (phase.seconds * Runtime.getRuntime().availableProcessors())));
  }

  /**
   * A random descriptor shaped like face-api's: 128 values of spread 0.056, so two of them lie about
   * 0.9 apart, where descriptors of different people do (none is within the referral threshold).
   */
  private static FaceDescriptor descriptor(Random r) {
    float[] v = new float[FaceDescriptor.LENGTH];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (r.nextGaussian() * 0.056);
    }
    return new FaceDescriptor(v);
  }

  private void seed(int n) {
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Sealer sealer = context.getBean(Sealer.class);
    TransactionTemplate tx = context.getBean(TransactionTemplate.class);
    travelerIds = new UUID[n];
    enrollmentIds = new UUID[n];
    passports = new String[n];
    Random r = new Random(42);
    Timestamp now = Timestamp.from(Instant.now());
    Date enrolled = Date.valueOf(LocalDate.of(2024, 1, 2));
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      List<Object[]> tr = new ArrayList<>();
      List<Object[]> en = new ArrayList<>();
      List<Object[]> docs = new ArrayList<>();
      List<Object[]> bio = new ArrayList<>();
      for (int i = from; i < to; i++) {
        travelerIds[i] = UUID.randomUUID();
        enrollmentIds[i] = UUID.randomUUID();
        passports[i] = String.format("4%08d", i);
        tr.add(new Object[] {travelerIds[i], "BENCH", "TRAVELER " + i, Date.valueOf(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28)), "TWN", now});
        en.add(new Object[] {enrollmentIds[i], travelerIds[i], enrolled, enrolled, now});
        docs.add(new Object[] {enrollmentIds[i], "ROC_PASSPORT", passports[i], Date.valueOf(LocalDate.of(2035, 1, 1))});
        docs.add(new Object[] {enrollmentIds[i], "NATIONAL_ID_CARD", "B" + passports[i], null});
        byte[] face = FaceApiTemplate.encode(descriptor(r));
        bio.add(new Object[] {enrollmentIds[i], "FACE", FaceApiTemplate.FORMAT, sealer.seal(face, "biometric:" + enrollmentIds[i] + ":FACE")});
      }
      tx.executeWithoutResult(s -> {
        jdbc.batchUpdate("insert into traveler (id, surname, given_names, birth_date, nationality, created_at) values (?, ?, ?, ?, ?, ?)", tr);
        jdbc.batchUpdate("insert into enrollment (id, traveler_id, category, height_cm, site_id, terminal, enrolled_on, rule_version, status,"
            + " status_since, status_note, created_at) values (?, ?, 'NATIONAL_WITH_HOUSEHOLD_REGISTRATION', 170, 'TAOYUAN', 'T2', ?,"
            + " '2017-03-08-fingerprints', 'ACTIVE', ?, '', ?)", en);
        jdbc.batchUpdate("insert into enrollment_document (enrollment_id, kind, issuer, number, expires_on, current) values (?, ?, 'TWN', ?, ?, true)", docs);
        jdbc.batchUpdate("insert into biometric (enrollment_id, slot, format, sealed) values (?, ?, ?, ?)", bio);
      });
    }
    jdbc.execute("analyze");
  }

  private void createLanes(int n) {
    SqlSiteDirectory sites = context.getBean(SqlSiteDirectory.class);
    LaneCredentials credentials = context.getBean(LaneCredentials.class);
    TransactionTemplate tx = context.getBean(TransactionTemplate.class);
    laneIds = new String[n];
    secrets = new byte[n][];
    tx.executeWithoutResult(s -> {
      for (int i = 0; i < n; i++) {
        Direction direction = i % 2 == 0 ? Direction.DEPARTURE : Direction.ARRIVAL;
        LaneId id = LaneId.of("BENCH-T2-" + direction.letter() + String.format("%03d", i + 1));
        sites.save(new Lane(id, Location.of(SiteId.of("TAOYUAN"), TerminalCode.of("T2")), direction, LocalDate.of(2011, 9, 13),
            LaneStatus.IN_SERVICE));
        laneIds[i] = id.value();
        secrets[i] = credentials.issue(id.value());
      }
    });
  }

  private interface Call {
    /** One request by lane {@code lane}; true when the answer was the expected success. */
    boolean call(int lane) throws Exception;
  }

  private boolean authorize(int lane) throws Exception {
    int t = ThreadLocalRandom.current().nextInt(passports.length);
    String body = "{\"document\":{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"" + passports[t] + "\"}}";
    HttpResponse<String> r = http.send(signed(lane, "/api/lanes/" + laneIds[lane] + "/authorizations", body), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 && r.body().contains("\"decision\":\"AUTHORIZED\"");
  }

  private boolean crossing(int lane) throws Exception {
    int t = ThreadLocalRandom.current().nextInt(passports.length);
    String body = "{\"key\":\"bench-" + UUID.randomUUID() + "\",\"traveler\":\"" + travelerIds[t] + "\",\"enrollment\":\"" + enrollmentIds[t]
        + "\",\"occurredAt\":\"" + Instant.now() + "\",\"decision\":{\"checks\":[{\"step\":\"FACE_MATCH\",\"measurement\":{\"score\":0.71,"
        + "\"threshold\":0.5,\"higherIsBetter\":true,\"source\":\"bench\"},\"elapsedMillis\":40}]}}";
    HttpResponse<String> r = http.send(signed(lane, "/api/lanes/" + laneIds[lane] + "/crossings", body), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 201;
  }

  private HttpRequest signed(int lane, String path, String body) {
    String ts = Long.toString(System.currentTimeMillis());
    String nonce = UUID.randomUUID().toString();
    String signature = LaneSignature.sign(secrets[lane],
        LaneSignature.canonical("POST", path, laneIds[lane], ts, nonce, body.getBytes(StandardCharsets.UTF_8)));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header(LaneSignature.LANE, laneIds[lane]).header(LaneSignature.TIMESTAMP, ts)
        .header(LaneSignature.NONCE, nonce).header(LaneSignature.SIGNATURE, signature)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static final class Phase {
    long count;
    double seconds;
    CpuMeter.Sample cpu;
    final AtomicLong ok = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    long[] latencies = new long[0];

    double percentile(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      return latencies[(int) Math.min(latencies.length - 1, Math.floor(p * latencies.length))] / 1e6;
    }
  }

  /** Each lane sends requests back to back for {@code seconds}. */
  private Phase load(int lanes, int seconds, Call call) throws Exception {
    Phase phase = new Phase();
    if (seconds == 0) {
      return phase;
    }
    ExecutorService pool = Executors.newFixedThreadPool(lanes, named("bench-lane-"));
    CpuMeter.Sample cpuBefore = cpu.sample();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    try {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int l = 0; l < lanes; l++) {
        int lane = l;
        futures.add(pool.submit(() -> {
          long[] lat = new long[1024];
          int n = 0;
          while (System.nanoTime() < end) {
            long s = System.nanoTime();
            boolean ok;
            try {
              ok = call.call(lane);
            } catch (Exception e) {
              ok = false;
            }
            long d = System.nanoTime() - s;
            if (n == lat.length) {
              lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = d;
            (ok ? phase.ok : phase.errors).incrementAndGet();
          }
          return Arrays.copyOf(lat, n);
        }));
      }
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : futures) {
        all.add(f.get());
      }
      phase.seconds = (System.nanoTime() - start) / 1e9;
      phase.cpu = cpu.sample().minus(cpuBefore);
      int total = all.stream().mapToInt(x -> x.length).sum();
      long[] merged = new long[total];
      int at = 0;
      for (long[] x : all) {
        System.arraycopy(x, 0, merged, at, x.length);
        at += x.length;
      }
      Arrays.sort(merged);
      phase.latencies = merged;
      phase.count = total;
    } finally {
      pool.shutdownNow();
    }
    return phase;
  }

  /** Threads named so {@link CpuMeter} can tell the load generator's CPU from the server's. */
  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
