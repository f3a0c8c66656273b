package org.egate.biometrics.face.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.egate.biometrics.face.image.RgbImage;
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

  /** What came out. {@code baselineSubset} is present when the run was asked to check the baseline. */
  public record Outcome(ScoreSet scores, int listedGenuine, int listedImpostor, int missing, int failedToEnrollPairs,
      int imagesEnrolled, int imagesFailed, Map<String, Integer> failureReasons, Map<FoundBy, Integer> foundBy,
      Optional<Subset> baselineSubset) {
  }

  /**
   * The same protocol restricted to the images the face-api-on-a-3x-canvas baseline finds a
   * face in ({@link CanvasBaseline}): genuine = listed same-person pairs with both images in the
   * subset; impostor = all pairs of subset images of different people. An image of the subset that
   * egate fails to enroll makes its pairs count in {@code failedToEnrollPairs}.
   */
  public record Subset(ScoreSet scores, int images, int imagesEnrolled, int failedToEnrollPairs) {
  }

  private FaceVerificationRun() {
  }

  /** @param pipelines one pipeline per worker thread (each ORT session run on one thread) */
  public static Outcome run(Path root, LfwPairs pairs, List<FacePipeline> pipelines) throws IOException, InterruptedException {
    return run(root, pairs, pipelines, List.of());
  }

  /**
   * @param pipelines one pipeline per worker thread (each ORT session run on one thread)
   * @param baselines empty, or one baseline checker per pipeline: then the outcome also holds the
   *     figures on the baseline's subset
   */
  public static Outcome run(Path root, LfwPairs pairs, List<FacePipeline> pipelines, List<CanvasBaseline> baselines)
      throws IOException, InterruptedException {
    if (!baselines.isEmpty() && baselines.size() != pipelines.size()) {
      throw new IllegalArgumentException("one baseline per pipeline: " + baselines.size() + " for " + pipelines.size());
    }
    List<LfwImage> images = pairs.images();
    Map<LfwImage, FaceDescriptor> descriptors = new HashMap<>();
    java.util.Set<LfwImage> inBaseline = new java.util.HashSet<>();
    Map<String, Integer> reasons = new java.util.TreeMap<>();
    Map<FoundBy, Integer> foundBy = new java.util.EnumMap<>(FoundBy.class);
    java.util.Set<LfwImage> absent = new java.util.HashSet<>();
    ExecutorService pool = Executors.newFixedThreadPool(pipelines.size());
    try {
      List<Future<Object[]>> futures = new ArrayList<>();
      for (int i = 0; i < images.size(); i++) {
        LfwImage image = images.get(i);
        FacePipeline pipeline = pipelines.get(i % pipelines.size());
        CanvasBaseline baseline = baselines.isEmpty() ? null : baselines.get(i % pipelines.size());
        futures.add(pool.submit(() -> enroll(root, image, pipeline, baseline)));
      }
      // keep each pipeline on one thread at a time: submit round-robin but run sequentially per pipeline
      for (int i = 0; i < images.size(); i++) {
        Object[] result;
        try {
          result = futures.get(i).get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("enrolling " + images.get(i) + " failed unexpectedly", e.getCause());
        }
        Object r = result[0];
        if (Boolean.TRUE.equals(result[1])) {
          inBaseline.add(images.get(i));
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
    Scored all = score(pairs, descriptors, absent, image -> true);
    Optional<Subset> subset = Optional.empty();
    if (!baselines.isEmpty()) {
      Scored s = score(pairs, descriptors, absent, inBaseline::contains);
      int enrolledInSubset = (int) inBaseline.stream().filter(descriptors::containsKey).count();
      subset = Optional.of(new Subset(s.scores, inBaseline.size(), enrolledInSubset, s.failed));
    }
    return new Outcome(all.scores, all.genuine, all.listedImpostor, all.missing, all.failed, descriptors.size(),
        images.size() - descriptors.size() - absent.size(), reasons, foundBy, subset);
  }

  private record Scored(ScoreSet scores, int genuine, int listedImpostor, int missing, int failed) {
  }

  /**
   * Genuine and all-vs-all impostor distances over the images {@code included} accepts.
   *
   * @param descriptors the enrolled images
   * @param absent images named by the pairs but not on disk
   */
  public static ScoreSet scores(LfwPairs pairs, Map<LfwImage, FaceDescriptor> descriptors, java.util.Set<LfwImage> absent,
      java.util.function.Predicate<LfwImage> included) {
    return score(pairs, descriptors, absent, included).scores;
  }

  private static Scored score(LfwPairs pairs, Map<LfwImage, FaceDescriptor> descriptors, java.util.Set<LfwImage> absent,
      java.util.function.Predicate<LfwImage> included) {
    List<Double> genuine = new ArrayList<>();
    int listedImpostor = 0;
    int missing = 0;
    int failed = 0;
    for (Pair p : pairs.pairs()) {
      if (!included.test(p.first()) || !included.test(p.second())) {
        continue;
      }
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
    List<LfwImage> enrolled = new ArrayList<>();
    for (LfwImage image : descriptors.keySet()) {
      if (included.test(image)) {
        enrolled.add(image);
      }
    }
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
    return new Scored(ScoreSet.of(gen, impostor, ScoreOrientation.LOWER_IS_MORE_SIMILAR), genuine.size(), listedImpostor,
        missing, failed);
  }

  /** {analysis or exception or FALSE when absent, whether the baseline finds a face}. */
  private static Object[] enroll(Path root, LfwImage image, FacePipeline pipeline, CanvasBaseline baseline) throws IOException {
    Path file = image.file(root);
    if (!Files.isRegularFile(file)) {
      return new Object[] {Boolean.FALSE, Boolean.FALSE};
    }
    synchronized (pipeline) {
      RgbImage rgb;
      try {
        rgb = pipeline.decode(Files.readAllBytes(file));
      } catch (FaceImageException e) {
        return new Object[] {e, Boolean.FALSE};
      }
      boolean found = baseline != null && baseline.finds(rgb);
      try {
        return new Object[] {pipeline.analyze(rgb), found};
      } catch (FaceImageException e) {
        return new Object[] {e, found};
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
