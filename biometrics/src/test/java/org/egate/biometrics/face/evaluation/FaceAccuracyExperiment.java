package org.egate.biometrics.face.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.Verification;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.DescriptorExtractor;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.evaluation.LfwPairs.LfwImage;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.JpegDecoding;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;

/**
 * Design experiment for decisions 0035/0036 (not run by the build): one pass over LFW dev computes,
 * per image, the descriptor variants being compared and whether the face-api-on-a-3x-canvas
 * baseline finds the face; then prints EER and FNMR at FMR 0.1 % / 0.01 % per variant on all images
 * and on the baseline's subset.
 *
 * <p>Usage (from biometrics/, classpath from {@code mvn dependency:build-classpath}):
 * {@code java -cp target/classes:target/test-classes:$CP org.egate.biometrics.face.evaluation.FaceAccuracyExperiment
 * ROOT PAIRS [LIMIT] [REFERENCE|IMAGE_IO] [THREADS]}
 */
public final class FaceAccuracyExperiment {
  private FaceAccuracyExperiment() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    LfwPairs pairs = LfwPairs.read(Path.of(args[1]));
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : pairs.pairs().size();
    JpegDecoding decoding = args.length > 3 ? JpegDecoding.valueOf(args[3]) : JpegDecoding.REFERENCE;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    pairs = new LfwPairs(pairs.pairs().subList(0, Math.min(limit, pairs.pairs().size())));
    List<LfwImage> images = pairs.images();
    Map<String, Map<LfwImage, FaceDescriptor>> variants = new LinkedHashMap<>();
    for (String v : List.of("plain", "mirror-mean")) {
      variants.put(v, new ConcurrentHashMap<>());
    }
    Set<LfwImage> inBaseline = ConcurrentHashMap.newKeySet();
    Set<LfwImage> absent = ConcurrentHashMap.newKeySet();
    long start = System.nanoTime();
    try (FaceModels models = FaceModels.load(1)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int worker = t;
        int count = threads;
        futures.add(pool.submit(() -> {
          FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard().withJpegDecoding(decoding), FaceParameters.enrollment());
          DescriptorExtractor extractor = new DescriptorExtractor(models);
          CanvasBaseline baseline = new CanvasBaseline(models);
          for (int i = worker; i < images.size(); i += count) {
            LfwImage image = images.get(i);
            Path file = image.file(root);
            if (!Files.isRegularFile(file)) {
              absent.add(image);
              continue;
            }
            try {
              RgbImage rgb = pipeline.decode(Files.readAllBytes(file));
              if (baseline.finds(rgb)) {
                inBaseline.add(image);
              }
              FaceAnalysis a = pipeline.analyze(rgb);
              FaceDescriptor plain = a.descriptor();
              variants.get("plain").put(image, plain);
              variants.get("mirror-mean").put(image, plain.mean(extractor.describeLevelled(rgb, a.landmarks(), true)));
            } catch (FaceImageException e) {
              // failed to enroll: absent from every variant
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
    }
    Set<LfwImage> present = new HashSet<>(images);
    present.removeAll(absent);
    System.out.printf("%d pairs, %d images (%d absent), decoder %s, %.0f s; baseline (face-api, 3x canvas, 0.5) finds %d of %d (%.1f %%)%n",
        pairs.pairs().size(), images.size(), absent.size(), decoding, (System.nanoTime() - start) / 1e9, inBaseline.size(),
        present.size(), 100.0 * inBaseline.size() / present.size());
    for (Map.Entry<String, Map<LfwImage, FaceDescriptor>> v : variants.entrySet()) {
      if (v.getValue().isEmpty()) {
        continue;
      }
      report(v.getKey(), "all", pairs, v.getValue(), absent, image -> true);
      report(v.getKey(), "baseline subset", pairs, v.getValue(), absent, inBaseline::contains);
    }
  }

  private static void report(String variant, String subset, LfwPairs pairs, Map<LfwImage, FaceDescriptor> descriptors,
      Set<LfwImage> absent, Predicate<LfwImage> included) {
    Verification v = Verification.of(FaceVerificationRun.scores(pairs, descriptors, absent, included));
    System.out.printf("%-12s %-16s genuine %5d impostor %8d  EER %.4f  FNMR@1%% %.4f  @0.1%% %.4f  @0.05%% %.4f  @0.01%% %.4f  thr@0.1%% %.4f  thr@0.01%% %.4f%n",
        variant, subset, v.genuineCount(), v.impostorCount(), v.eer().orElse(Double.NaN),
        v.fnmrAt(FmrTarget.ONE_PERCENT).orElse(Double.NaN), v.fnmrAt(FmrTarget.ONE_PER_THOUSAND).orElse(Double.NaN),
        v.fnmrAt(FmrTarget.FIVE_PER_TEN_THOUSAND).orElse(Double.NaN), v.fnmrAt(FmrTarget.ONE_PER_TEN_THOUSAND).orElse(Double.NaN),
        v.thresholdAt(FmrTarget.ONE_PER_THOUSAND).orElse(Double.NaN), v.thresholdAt(FmrTarget.ONE_PER_TEN_THOUSAND).orElse(Double.NaN));
  }
}
