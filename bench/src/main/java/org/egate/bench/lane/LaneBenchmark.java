package org.egate.bench.lane;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.border.traveler.TravelerId;
import org.egate.document.mrz.CheckDigit;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.clearance.ClearanceFlow;
import org.egate.lane.clearance.CrossingOutbox;
import org.egate.lane.clearance.CrossingRecord;
import org.egate.lane.clearance.CrossingRecordJson;
import org.egate.lane.clearance.JournalOutbox;
import org.egate.lane.clearance.LaneParameters;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.DeviceProfiles;
import org.egate.lane.device.simulated.SimulatedLane;
import org.egate.lane.device.simulated.SimulatedTemplates;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.journal.Journal;
import org.egate.lane.journal.JournalSink;
import org.egate.lane.time.SimulatedTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the lane controller itself costs, apart from devices, matchers and the network:
 *
 * <ul>
 *   <li>{@code journalAppendFsync}: one crossing record (~2 KB JSON) appended and forced to disk,
 *       the step the exit door waits for;
 *   <li>{@code transactionInMemoryOutbox}: a whole accepted transaction (MRZ check, state machine,
 *       simulated devices on virtual time, simulated matchers, decision, JSON) with an outbox that
 *       keeps nothing;
 *   <li>{@code transactionJournaled}: the same with the real journal (append + fsync + forward to
 *       an in-memory sink).
 * </ul>
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar LaneBenchmark}. The journal lives in the
 * system temp folder; its fsync cost depends on that file system.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class LaneBenchmark {

  private Path dir;
  private Journal journal;
  private byte[] record;
  private long sequence;
  private ClearanceFlow inMemoryLane;
  private ClearanceFlow journaledLane;
  private SimulatedLane inMemoryDevices;
  private SimulatedLane journaledDevices;
  private Journal laneJournal;
  private Visitor visitor;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("egate-lane-bench");
    journal = Journal.open(dir.resolve("bench.journal"));
    MrzText passport = passport("300000001");
    visitor = Visitor.with("bench", passport).build();
    SimulatedTime time = new SimulatedTime(Instant.parse("2026-11-27T01:00:00Z"));
    inMemoryDevices = new SimulatedLane(DeviceProfiles.TYPICAL, time, 1);
    inMemoryLane = lane(inMemoryDevices, time, new CrossingOutbox() {
      @Override
      public void record(CrossingRecord crossing) {
        record = CrossingRecordJson.encode(crossing);
      }

      @Override
      public void forward() {}
    });
    laneJournal = Journal.open(dir.resolve("lane.journal"));
    SimulatedTime time2 = new SimulatedTime(Instant.parse("2026-11-27T01:00:00Z"));
    journaledDevices = new SimulatedLane(DeviceProfiles.TYPICAL, time2, 1);
    journaledLane = lane(journaledDevices, time2, new JournalOutbox(laneJournal, entry -> JournalSink.Acknowledgement.STORED));
    inMemoryDevices.scene().arrive(visitor);
    inMemoryLane.serveNext().orElseThrow();
    if (record == null) {
      throw new IllegalStateException("the warm-up transaction journaled nothing");
    }
  }

  private static ClearanceFlow lane(SimulatedLane devices, SimulatedTime time, CrossingOutbox outbox) {
    SiteCatalog catalog = SiteCatalog.seeded();
    Lane lane = catalog.lane(LaneId.of("TAOYUAN-T2-D01")).orElseThrow();
    UUID id = UUID.fromString("11111111-1111-4111-8111-111111111111");
    return new ClearanceFlow(lane, catalog.site(lane.site()).orElseThrow(), devices.devices(),
        request -> new Authorization.Granted(new TravelerId(id), new EnrollmentId(id),
            SimulatedTemplates.faceAndFingers("bench"), "bench"),
        devices.matchers(), outbox, time, new SplittableRandom(1), LaneParameters.DEFAULTS);
  }

  private static MrzText passport(String number) {
    String line1 = "P<TWNBENCH<<TRAVELER<<<<<<<<<<<<<<<<<<<<<<<<";
    String optional = "A123456789<<<<";
    String line2 = number + CheckDigit.of(number) + "TWN900101" + CheckDigit.of("900101") + "M300101"
        + CheckDigit.of("300101") + optional + CheckDigit.of(optional);
    String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    return MrzText.of(line1, line2 + CheckDigit.of(composite));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    journal.close();
    laneJournal.close();
  }

  @Benchmark
  public Object journalAppendFsync() throws IOException {
    return journal.append(IdempotencyKey.of("BENCH-APPEND:" + sequence++), record);
  }

  @Benchmark
  public Transaction transactionInMemoryOutbox() {
    inMemoryDevices.scene().arrive(visitor);
    Transaction t = inMemoryLane.serveNext().orElseThrow();
    if (t.decision().reason() != ReasonCode.CLEARED) {
      throw new IllegalStateException("benchmark traveler refused: " + t.decision().reason());
    }
    return t;
  }

  @Benchmark
  public Transaction transactionJournaled() {
    journaledDevices.scene().arrive(visitor);
    return journaledLane.serveNext().orElseThrow();
  }
}
