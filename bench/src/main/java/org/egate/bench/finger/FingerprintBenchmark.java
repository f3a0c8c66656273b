package org.egate.bench.finger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.egate.biometrics.finger.ComparisonMode;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintParameters;
import org.egate.biometrics.finger.FingerprintRejectedException;
import org.egate.biometrics.finger.FingerprintSearch;
import org.egate.biometrics.finger.GrayscaleImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction from an FVC2002 DB1 image (388x374, 500 dpi) and 1:1 comparison of two impressions
 * of the same finger, one thread. Run:
 * {@code java -Degate.shared.data=../shared/data -jar bench/target/benchmarks.jar org.egate.bench.finger}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class FingerprintBenchmark {
  private FingerprintEngine symmetric;
  private FingerprintEngine directed;
  private byte[] file;
  private GrayscaleImage image;
  private Fingerprint probe;
  private Fingerprint reference;
  private FingerprintEngine.Probe preparedProbe;
  private byte[] probeTemplate;
  private FingerprintSearch search;
  private final Map<String, Fingerprint> gallery = new LinkedHashMap<>();

  @Setup
  public void setUp() throws IOException, FingerprintRejectedException {
    Path db1 = Path.of(System.getProperty("egate.shared.data", "../shared/data"), "fingerprints/fvc2002/DB1_B");
    symmetric = new FingerprintEngine(FingerprintParameters.DEFAULTS, ComparisonMode.SYMMETRIC_MEAN);
    directed = new FingerprintEngine(FingerprintParameters.DEFAULTS, ComparisonMode.PROBE_TO_REFERENCE);
    file = Files.readAllBytes(db1.resolve("101_1.tif"));
    image = symmetric.decode(file, OptionalDouble.empty());
    probe = symmetric.enroll(Files.readAllBytes(db1.resolve("101_2.tif")), OptionalDouble.empty());
    reference = symmetric.enroll(file, OptionalDouble.empty());
    preparedProbe = directed.prepare(probe);
    probeTemplate = probe.toSourceAfis();
    search = new FingerprintSearch(symmetric);
    for (String db : List.of("DB1_B", "DB2_B", "DB3_B", "DB4_B")) {
      try (var files = Files.list(db1.resolveSibling(db))) {
        for (Path f : files.filter(x -> x.toString().endsWith(".tif")).sorted().collect(Collectors.toList())) {
          gallery.put(db + "/" + f.getFileName(), symmetric.enroll(Files.readAllBytes(f), OptionalDouble.empty()));
        }
      }
    }
    search.search(probe, gallery, 40, 5, false); // build every candidate's matcher once
  }

  /** 1:N over the 320 FVC2002 B images (all four DBs), symmetric score, one thread. */
  @Benchmark
  public Object search320OneThread() {
    return search.search(probe, gallery, 40, 5, false);
  }

  /** The same 1:N on all cores. */
  @Benchmark
  public Object search320AllCores() {
    return search.search(probe, gallery, 40, 5, true);
  }

  /** Template extraction from decoded pixels, including the quality measures. */
  @Benchmark
  public Fingerprint extractTemplate() throws FingerprintRejectedException {
    return symmetric.enroll(image);
  }

  /** The whole enrollment from the TIFF bytes: bounded decode, extraction, quality gate. */
  @Benchmark
  public Fingerprint enrollFromFile() throws FingerprintRejectedException {
    return symmetric.enroll(file, OptionalDouble.empty());
  }

  /** One directed SourceAFIS match with the probe's matcher built once (the 1:N inner loop). */
  @Benchmark
  public double compareDirectedPrepared() {
    return preparedProbe.compare(reference);
  }

  /** egate's 1:1 score, both fingerprints' matchers already built (cached after first use). */
  @Benchmark
  public double compareSymmetric() {
    return symmetric.compare(probe, reference);
  }

  /** A fresh capture against an enrolled template: the probe's matcher is built, then both directions. */
  @Benchmark
  public double compareSymmetricFreshProbe() throws FingerprintRejectedException {
    return symmetric.compare(symmetric.importTemplate(probeTemplate), reference);
  }

  /** Cost of the template round trip used by the previous benchmark, to subtract it. */
  @Benchmark
  public Fingerprint importTemplateOnly() throws FingerprintRejectedException {
    return symmetric.importTemplate(probeTemplate);
  }
}
