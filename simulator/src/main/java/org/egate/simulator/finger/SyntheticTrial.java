package org.egate.simulator.finger;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.egate.biometrics.eval.ScoreOrientation;
import org.egate.biometrics.eval.ScoreSet;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintRejectedException;
import org.egate.biometrics.finger.GrayscaleImage;

/**
 * SourceAFIS scores of synthetic fingers (decision 0121): {@code fingers} masters
 * ({@code master(seed + f)}) with {@code impressions} impressions each, with the seeds
 * {@link SyntheticFingerprints#writeFvcLayout} uses. Genuine pairs: every impression pair i < j of
 * a finger. Impostor pairs: the first impression of every finger against the first impression of
 * every other finger (FVC protocol). An image SourceAFIS cannot use scores 0 in all its pairs;
 * an image under the quality gate's minutiae count still takes part and is counted.
 *
 * @param fingers number of fingers
 * @param impressions impressions per finger
 * @param seed seed of the first finger
 * @param scores genuine and impostor scores (higher is more similar)
 * @param minutiae SourceAFIS minutiae count of every image, ascending
 * @param belowQualityGate images under the quality gate's minimum minutiae count
 * @param unusable images SourceAFIS refused outright (no ridges, too small)
 * @param millisPerMaster mean time to grow one master (thread time, parallel runs overlap)
 * @param millisPerImpression mean time to make one impression
 */
public record SyntheticTrial(
    int fingers,
    int impressions,
    long seed,
    ScoreSet scores,
    int[] minutiae,
    int belowQualityGate,
    int unusable,
    double millisPerMaster,
    double millisPerImpression) {

  /** Runs the trial on {@code threads} threads; the scores do not depend on the thread count. */
  public static SyntheticTrial run(SyntheticFingerprints generator, FingerprintEngine engine, int fingers,
      int impressions, long seed, int threads) {
    if (fingers < 2 || impressions < 2 || threads < 1) {
      throw new IllegalArgumentException("need at least 2 fingers, 2 impressions and 1 thread but was "
          + fingers + ", " + impressions + ", " + threads);
    }
    Fingerprint[][] prints = new Fingerprint[fingers][impressions];
    int[] minutiae = new int[fingers * impressions];
    AtomicLong masterNanos = new AtomicLong();
    AtomicLong impressionNanos = new AtomicLong();
    AtomicInteger belowGate = new AtomicInteger();
    AtomicInteger unusable = new AtomicInteger();
    int minMinutiae = engine.parameters().minMinutiae();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, fingers).parallel().forEach(f -> {
        long t0 = System.nanoTime();
        MasterFingerprint master = generator.master(seed + f);
        masterNanos.addAndGet(System.nanoTime() - t0);
        for (int i = 0; i < impressions; i++) {
          long t1 = System.nanoTime();
          GrayscaleImage image = generator.impression(master, SyntheticFingerprints.impressionSeed(seed, f, i));
          impressionNanos.addAndGet(System.nanoTime() - t1);
          try {
            Fingerprint print = engine.extract(image);
            prints[f][i] = print;
            minutiae[f * impressions + i] = print.quality().minutiaeCount();
            if (print.quality().minutiaeCount() < minMinutiae) {
              belowGate.incrementAndGet();
            }
          } catch (FingerprintRejectedException e) {
            unusable.incrementAndGet();
          }
        }
      })).get();
      double[] genuine = new double[fingers * impressions * (impressions - 1) / 2];
      double[] impostor = new double[fingers * (fingers - 1) / 2];
      pool.submit(() -> IntStream.range(0, fingers).parallel().forEach(f -> {
        int g = f * impressions * (impressions - 1) / 2;
        for (int i = 0; i < impressions; i++) {
          for (int j = i + 1; j < impressions; j++) {
            genuine[g++] = score(engine, prints[f][i], prints[f][j]);
          }
        }
        // Row f holds pairs (f, f+1..fingers-1); it starts after the rows above it.
        int k = f * (2 * fingers - f - 1) / 2;
        FingerprintEngine.Probe probe = prints[f][0] == null ? null : engine.prepare(prints[f][0]);
        for (int o = f + 1; o < fingers; o++) {
          impostor[k++] = probe == null || prints[o][0] == null ? 0 : probe.compare(prints[o][0]);
        }
      })).get();
      Arrays.sort(minutiae);
      int images = fingers * impressions;
      return new SyntheticTrial(fingers, impressions, seed,
          ScoreSet.of(genuine, impostor, ScoreOrientation.HIGHER_IS_MORE_SIMILAR), minutiae, belowGate.get(),
          unusable.get(), masterNanos.get() / 1e6 / fingers, impressionNanos.get() / 1e6 / images);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("synthetic trial failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static double score(FingerprintEngine engine, Fingerprint a, Fingerprint b) {
    return a == null || b == null ? 0 : engine.compare(b, a);
  }

  /** The highest impostor score. */
  public double maxImpostor() {
    return Arrays.stream(scores.impostor()).max().orElse(Double.NaN);
  }

  /** The q-quantile (0..1, nearest rank) of the impostor scores. */
  public double impostorQuantile(double q) {
    return quantile(scores.impostor(), q);
  }

  /** The q-quantile (0..1, nearest rank) of the genuine scores. */
  public double genuineQuantile(double q) {
    return quantile(scores.genuine(), q);
  }

  private static double quantile(double[] values, double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(values);
    int i = (int) Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1));
    return values[i];
  }

  /** The q-quantile of the minutiae counts. */
  public int minutiaeQuantile(double q) {
    int i = (int) Math.min(minutiae.length - 1, Math.max(0, Math.ceil(q * minutiae.length) - 1));
    return minutiae[i];
  }

  /** Impostor scores at or above {@code threshold} (accepted at that threshold). */
  public long impostorsAtOrAbove(double threshold) {
    return Arrays.stream(scores.impostor()).filter(s -> s >= threshold).count();
  }
}
