package org.egate.biometrics.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Verification error rates of a {@link ScoreSet}: EER, FNMR at FMR targets, the threshold for a
 * target, and the DET curve. Immutable; computed once from sorted scores.
 *
 * <p>Decision rule: a comparison is accepted when its score is at least as similar as the
 * threshold. FMR(t) = accepted impostors / impostors; FNMR(t) = rejected genuines / genuines.
 */
public final class Verification {
  private final ScoreOrientation orientation;
  // Internal similarities (larger = more alike), ascending.
  private final double[] genuine;
  private final double[] impostor;

  private Verification(ScoreSet scores) {
    this.orientation = scores.orientation();
    this.genuine = similarities(scores.genuine(), orientation);
    this.impostor = similarities(scores.impostor(), orientation);
  }

  /** Evaluates a score set. */
  public static Verification of(ScoreSet scores) {
    return new Verification(scores);
  }

  private static double[] similarities(double[] scores, ScoreOrientation orientation) {
    double[] s = new double[scores.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = orientation.toSimilarity(scores[i]);
    }
    Arrays.sort(s);
    return s;
  }

  public int genuineCount() {
    return genuine.length;
  }

  public int impostorCount() {
    return impostor.length;
  }

  public ScoreOrientation orientation() {
    return orientation;
  }

  /** Whether both sets have scores, so that rates can be computed at all. */
  public boolean isComplete() {
    return genuine.length > 0 && impostor.length > 0;
  }

  /**
   * FMR and FNMR at a threshold in the caller's orientation. An empty set gives rate 0 for its
   * side (nothing to get wrong); use {@link #isComplete()} to tell.
   */
  public ErrorRates ratesAt(double threshold) {
    return ratesAtSimilarity(orientation.toSimilarity(threshold));
  }

  private ErrorRates ratesAtSimilarity(double s) {
    double fmr = impostor.length == 0 ? 0 : (double) (impostor.length - below(impostor, s)) / impostor.length;
    double fnmr = genuine.length == 0 ? 0 : (double) below(genuine, s) / genuine.length;
    return new ErrorRates(orientation.fromSimilarity(s), fmr, fnmr);
  }

  /** Number of values strictly below {@code s} in an ascending array. */
  private static int below(double[] sorted, double s) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < s) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The most permissive threshold whose FMR does not exceed the target: just above the (k+1)-th
   * most similar impostor score, k = floor(target x impostors). With fewer than 1/target
   * impostors this is just above the most similar impostor (measured FMR 0). Empty when there
   * are no impostor scores.
   */
  public OptionalDouble thresholdAt(FmrTarget target) {
    return similarityThresholdAt(target).stream()
        .mapToDouble(orientation::fromSimilarity)
        .findFirst();
  }

  private Optional<Double> similarityThresholdAt(FmrTarget target) {
    if (impostor.length == 0) {
      return Optional.empty();
    }
    // The small epsilon keeps 0.001 x 3000 = 2.9999999999999996 at 3 accepted impostors.
    int allowed = (int) Math.floor(target.fraction() * impostor.length + 1e-9);
    double kPlusFirst = impostor[impostor.length - 1 - allowed];
    return Optional.of(Math.nextUp(kPlusFirst));
  }

  /** The rates at {@link #thresholdAt}; empty unless both sets have scores. */
  public Optional<ErrorRates> ratesAt(FmrTarget target) {
    if (!isComplete()) {
      return Optional.empty();
    }
    return similarityThresholdAt(target).map(this::ratesAtSimilarity);
  }

  /** FNMR at the threshold for the target; empty unless both sets have scores. */
  public OptionalDouble fnmrAt(FmrTarget target) {
    return ratesAt(target).stream().mapToDouble(ErrorRates::fnmr).findFirst();
  }

  /**
   * Equal error rate as FVC defines it: t1 is the highest threshold with FNMR &lt;= FMR, t2 the
   * lowest with FNMR &gt;= FMR; the EER is the mean of FMR and FNMR at whichever of the two has
   * the smaller sum. Empty unless both sets have scores.
   */
  public OptionalDouble eer() {
    return eerPoint().stream().mapToDouble(p -> (p.fmr() + p.fnmr()) / 2).findFirst();
  }

  /** The DET point the EER was read at (its threshold is where to operate for an EER). */
  public Optional<ErrorRates> eerPoint() {
    if (!isComplete()) {
      return Optional.empty();
    }
    List<ErrorRates> curve = detCurve();
    ErrorRates t1 = null;
    ErrorRates t2 = null;
    for (ErrorRates p : curve) {
      if (p.fnmr() <= p.fmr()) {
        t1 = p;
      }
      if (t2 == null && p.fnmr() >= p.fmr()) {
        t2 = p;
      }
    }
    // Both exist: the lowest threshold accepts everything (FNMR 0), the highest nothing (FMR 0).
    return Optional.of(t1.fmr() + t1.fnmr() <= t2.fmr() + t2.fnmr() ? t1 : t2);
  }

  /**
   * The DET curve: rates at every distinct score plus one threshold above them all, from the
   * most permissive (FNMR 0) to the strictest (FMR 0). Empty when both sets are empty.
   */
  public List<ErrorRates> detCurve() {
    double[] all = new double[genuine.length + impostor.length];
    System.arraycopy(genuine, 0, all, 0, genuine.length);
    System.arraycopy(impostor, 0, all, genuine.length, impostor.length);
    Arrays.sort(all);
    List<ErrorRates> curve = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        curve.add(ratesAtSimilarity(all[i]));
      }
    }
    if (all.length > 0) {
      curve.add(ratesAtSimilarity(Math.nextUp(all[all.length - 1])));
    }
    return List.copyOf(curve);
  }
}
