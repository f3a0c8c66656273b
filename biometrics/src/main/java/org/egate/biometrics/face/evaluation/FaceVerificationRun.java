package org.egate.biometrics.face.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.egate.biometrics.eval.ScoreOrientation;
import org.egate.biometrics.eval.ScoreSet;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.FoundBy;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.evaluation.LfwPairs.LfwImage;
import org.egate.biometrics.face.evaluation.LfwPairs.Pair;

/**
 * LFW-protocol face verification: every image the pairs name is enrolled once; genuine scores are
 * the listed same-person pairs; impostor scores are all pairs of enrolled images of different
 * people (so FMR down to 0.01 % can be read), the listed different-person pairs being a subset.
 * Scores are Euclidean descriptor distances (lower is more alike). A pair with an absent image
 * counts as missing; a pair with an image that fails to enroll counts as failed-to-enroll.
 */
public final class FaceVerificationRun {

  /** What came out. */
  public record Outcome(ScoreSet scores, int listedGenuine, int listedImpostor, int missing, int failedToEnrollPairs,
      int imagesEnrolled, int imagesFailed, Map<String, Integer> failureReasons, Map<FoundBy, Integer> foundBy) {
  }

  private FaceVerificationRun() {
  }

  /** @param pipelines one pipeline per worker thread (each ORT session run on one thread) */
  public static Outcome run(Path root, LfwPairs pairs, List<FacePipeline> pipelines) throws IOException, InterruptedException {
    List<LfwImage> images = pairs.images();
    Map<LfwImage, FaceDescriptor> descriptors = new HashMap<>();
    Map<String, Integer> reasons = new java.util.TreeMap<>();
    Map<FoundBy, Integer> foundBy = new java.util.EnumMap<>(FoundBy.class);
    java.util.Set<LfwImage> absent = new java.util.HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(pipelines.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < images.size(); i++) {
        LfwImage image = images.get(i);
        FacePipeline pipeline = pipelines.get(i % pipelines.size());
        futures.add(pool.submit(() -> enroll(root, image, pipeline)));
      }
      // keep each pipeline on one thread at a time: submit round-robin but run sequentially per pipeline
      for (int i = 0; i < images.size(); i++) {
        Object r;
        try {
          r = futures.get(i).get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("enrolling " + images.get(i) + " failed unexpectedly", e.getCause());
        }
        if (r instanceof FaceAnalysis a) {
          descriptors.put(images.get(i), a.descriptor());
          foundBy.merge(a.foundBy(), 1, Integer::sum);
        } else if (r instanceof FaceImageException e) {
          reasons.merge(e.reason().name(), 1, Integer::sum);
        } else {
          absent.add(images.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<Double> genuine = new ArrayList<>();
    int listedImpostor = 0;
    int missing = 0;
    int failed = 0;
    for (Pair p : pairs.pairs()) {
      if (absent.contains(p.first()) || absent.contains(p.second())) {
        missing++;
        continue;
      }
      FaceDescriptor a = descriptors.get(p.first());
      FaceDescriptor b = descriptors.get(p.second());
      if (a == null || b == null) {
        failed++;
        continue;
      }
      if (p.same()) {
        genuine.add(a.distance(b));
      } else {
        listedImpostor++;
      }
    }
    List<LfwImage> enrolled = new ArrayList<>(descriptors.keySet());
    enrolled.sort(java.util.Comparator.comparing(LfwImage::name).thenComparingInt(LfwImage::number));
    float[][] vectors = new float[enrolled.size()][];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = descriptors.get(enrolled.get(i)).values();
    }
    long count = 0;
    for (int i = 0; i < vectors.length; i++) {
      for (int j = i + 1; j < vectors.length; j++) {
        if (!enrolled.get(i).name().equals(enrolled.get(j).name())) {
          count++;
        }
      }
    }
    double[] impostor = new double[Math.toIntExact(count)];
    int k = 0;
    for (int i = 0; i < vectors.length; i++) {
      for (int j = i + 1; j < vectors.length; j++) {
        if (!enrolled.get(i).name().equals(enrolled.get(j).name())) {
          impostor[k++] = distance(vectors[i], vectors[j]);
        }
      }
    }
    double[] gen = genuine.stream().mapToDouble(Double::doubleValue).toArray();
    return new Outcome(ScoreSet.of(gen, impostor, ScoreOrientation.LOWER_IS_MORE_SIMILAR), genuine.size(), listedImpostor,
        missing, failed, descriptors.size(), images.size() - descriptors.size() - absent.size(), reasons, foundBy);
  }

  private static Object enroll(Path root, LfwImage image, FacePipeline pipeline) throws IOException {
    Path file = image.file(root);
    if (!Files.isRegularFile(file)) {
      return Boolean.FALSE;
    }
    synchronized (pipeline) {
      try {
        return pipeline.analyze(Files.readAllBytes(file));
      } catch (FaceImageException e) {
        return e;
      }
    }
  }

  private static double distance(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }
}
