package org.egate.biometrics.finger;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.egate.biometrics.eval.ScoreOrientation;
import org.egate.biometrics.eval.ScoreSet;

/**
 * Every directed SourceAFIS score between the images of one FVC folder, from which the
 * protocols below derive their score sets. Scores are computed once (n x (n-1) matches), so
 * comparison modes and fusion rules are measured on exactly the same templates.
 *
 * <p>Protocols (decision 0022):
 * <ul>
 *   <li>genuine: every impression pair (i &lt; j) of a finger; the probe is the later impression;
 *   <li>impostor, all pairs: every unordered pair of images of different fingers (80 images:
 *       2,880); probe = the image of the higher finger number;
 *   <li>impostor, FVC protocol: first impressions of different fingers (10 fingers: 45);
 *   <li>fusion: consecutive fingers (101+102, 103+104, ...) are the left and right index finger of
 *       one virtual person; a comparison of person A's impression i with person B's impression
 *       j fuses left(A_i, B_j) and right(A_i, B_j); genuine when A = B (i &lt; j), impostor for
 *       every A &lt; B and every i, j.
 * </ul>
 * An image that fails to enroll takes part with score {@link #REJECTED} (below any SourceAFIS
 * score), so it counts as a false non-match in genuine pairs, as FVC does, instead of vanishing.
 */
public final class FvcScores {
  /** Score given to comparisons with an image that failed to enroll: always rejected. */
  public static final double REJECTED = -1;

  private final FvcDataSet dataSet;
  private final List<FvcDataSet.Image> images;
  private final Fingerprint[] enrolled;
  private final Map<String, QualityIssue> failedToEnroll = new LinkedHashMap<>();
  private final double[][] directed;

  private FvcScores(FvcDataSet dataSet, FingerprintEngine engine, OptionalDouble dpi) throws IOException {
    this.dataSet = dataSet;
    this.images = dataSet.images();
    int n = images.size();
    enrolled = new Fingerprint[n];
    for (int i = 0; i < n; i++) {
      try {
        enrolled[i] = engine.enroll(Files.readAllBytes(images.get(i).file()), dpi);
      } catch (FingerprintRejectedException e) {
        failedToEnroll.put(images.get(i).name(), e.issue());
      }
    }
    directed = new double[n][n];
    for (int p = 0; p < n; p++) {
      FingerprintEngine.Probe probe = enrolled[p] == null ? null : engine.prepare(enrolled[p]);
      for (int r = 0; r < n; r++) {
        directed[p][r] = probe == null || enrolled[r] == null || p == r ? REJECTED : probe.compareForward(enrolled[r]);
      }
    }
  }

  /** Enrolls every image of the folder with the engine and scores all directed pairs. */
  public static FvcScores measure(FvcDataSet dataSet, FingerprintEngine engine, OptionalDouble dpi) throws IOException {
    return new FvcScores(dataSet, engine, dpi);
  }

  public FvcDataSet dataSet() {
    return dataSet;
  }

  /** Images that failed to enroll, with the reason. */
  public Map<String, QualityIssue> failedToEnroll() {
    return Map.copyOf(failedToEnroll);
  }

  private double score(int probe, int reference, ComparisonMode mode) {
    double forward = directed[probe][reference];
    double backward = directed[reference][probe];
    if (forward == REJECTED || backward == REJECTED) {
      return REJECTED;
    }
    return mode.combine(forward, backward);
  }

  /** Single-finger scores; {@code fvcImpostors} limits impostors to first impressions. */
  public ScoreSet singleFinger(ComparisonMode mode, boolean fvcImpostors) {
    List<Double> genuine = new ArrayList<>();
    List<Double> impostor = new ArrayList<>();
    int firstImpression = images.stream().mapToInt(FvcDataSet.Image::impression).min().orElse(1);
    for (int a = 0; a < images.size(); a++) {
      for (int b = a + 1; b < images.size(); b++) {
        // Sorted by finger then impression: b is the later impression or the higher finger.
        FvcDataSet.Image ia = images.get(a);
        FvcDataSet.Image ib = images.get(b);
        if (ia.finger() == ib.finger()) {
          genuine.add(score(b, a, mode));
        } else if (!fvcImpostors || (ia.impression() == firstImpression && ib.impression() == firstImpression)) {
          impostor.add(score(b, a, mode));
        }
      }
    }
    return ScoreSet.of(genuine, impostor, ScoreOrientation.HIGHER_IS_MORE_SIMILAR);
  }

  /** Two-finger fusion scores over virtual persons made of consecutive fingers. */
  public ScoreSet twoFinger(ComparisonMode mode, TwoFingerFusion rule) {
    int[] fingers = images.stream().mapToInt(FvcDataSet.Image::finger).distinct().sorted().toArray();
    int[] impressions = images.stream().mapToInt(FvcDataSet.Image::impression).distinct().sorted().toArray();
    Map<Long, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < images.size(); i++) {
      index.put(key(images.get(i).finger(), images.get(i).impression()), i);
    }
    int persons = fingers.length / 2;
    List<Double> genuine = new ArrayList<>();
    List<Double> impostor = new ArrayList<>();
    for (int pa = 0; pa < persons; pa++) {
      for (int pb = pa; pb < persons; pb++) {
        for (int i = 0; i < impressions.length; i++) {
          for (int j = pa == pb ? i + 1 : 0; j < impressions.length; j++) {
            double left = pairScore(index, fingers[2 * pb], impressions[j], fingers[2 * pa], impressions[i], mode);
            double right = pairScore(index, fingers[2 * pb + 1], impressions[j], fingers[2 * pa + 1], impressions[i], mode);
            // REJECTED (-1) takes part: MAX lets the other finger decide, MEAN is pulled down.
            double fused = rule.fuse(left, right);
            if (pa == pb) {
              genuine.add(fused);
            } else {
              impostor.add(fused);
            }
          }
        }
      }
    }
    return ScoreSet.of(genuine, impostor, ScoreOrientation.HIGHER_IS_MORE_SIMILAR);
  }

  private double pairScore(Map<Long, Integer> index, int probeFinger, int probeImpression, int refFinger, int refImpression, ComparisonMode mode) {
    Integer p = index.get(key(probeFinger, probeImpression));
    Integer r = index.get(key(refFinger, refImpression));
    // A missing image is a failed capture for the person: the comparison is rejected.
    return p == null || r == null ? REJECTED : score(p, r, mode);
  }

  private static long key(int finger, int impression) {
    return ((long) finger << 32) | impression;
  }
}
