package org.egate.bench.face;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.search.FaceIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** 1:N exact top-10 over 1,000,000 descriptors, search split over {@code threads} threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FaceIndexBenchmark {
  @Param({"1000000"})
  int size;

  @Param({"2"})
  int threads;

  private FaceIndex index;
  private FaceDescriptor probe;

  @Setup
  public void setUp() {
    Random random = new Random(11);
    index = new FaceIndex(size, threads);
    float[] v = new float[128];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < 128; j++) {
        v[j] = (float) (random.nextGaussian() * 0.09);
      }
      index.add(i, v);
    }
    probe = new FaceDescriptor(v);
  }

  @TearDown
  public void tearDown() {
    index.close();
  }

  @Benchmark
  public List<FaceIndex.Hit> top10() {
    return index.search(probe, 10);
  }
}
