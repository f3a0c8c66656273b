package org.egate.biometrics.eval;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Genuine and impostor comparison scores with the orientation that gives them meaning. Either
 * set may be empty (for instance when every image failed to enroll); scores must be finite.
 */
public final class ScoreSet {
  private final double[] genuine;
  private final double[] impostor;
  private final ScoreOrientation orientation;

  private ScoreSet(double[] genuine, double[] impostor, ScoreOrientation orientation) {
    this.orientation = Objects.requireNonNull(orientation, "orientation");
    this.genuine = checked("genuine", genuine);
    this.impostor = checked("impostor", impostor);
  }

  /** A score set from arrays (copied). */
  public static ScoreSet of(double[] genuine, double[] impostor, ScoreOrientation orientation) {
    return new ScoreSet(genuine.clone(), impostor.clone(), orientation);
  }

  /** A score set from collections. */
  public static ScoreSet of(
      Collection<Double> genuine, Collection<Double> impostor, ScoreOrientation orientation) {
    return new ScoreSet(unboxed(genuine), unboxed(impostor), orientation);
  }

  /**
   * Pools several score sets (for example the four FVC2002 databases) into one; all must share
   * the orientation. Pool only sets whose impostor pairs are real impostors.
   */
  public static ScoreSet pooled(java.util.List<ScoreSet> sets) {
    if (sets.isEmpty()) {
      throw new IllegalArgumentException("nothing to pool: no score sets given");
    }
    ScoreOrientation orientation = sets.get(0).orientation;
    double[] genuine = new double[0];
    double[] impostor = new double[0];
    for (ScoreSet s : sets) {
      if (s.orientation != orientation) {
        throw new IllegalArgumentException("cannot pool " + s.orientation + " with " + orientation + " scores");
      }
      genuine = concat(genuine, s.genuine);
      impostor = concat(impostor, s.impostor);
    }
    return new ScoreSet(genuine, impostor, orientation);
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double[] unboxed(Collection<Double> scores) {
    return scores.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double[] checked(String which, double[] scores) {
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException(
            which + " score #" + i + " must be finite but was " + scores[i]);
      }
    }
    return scores;
  }

  /** Genuine (same-source) scores, a copy. */
  public double[] genuine() {
    return genuine.clone();
  }

  /** Impostor (different-source) scores, a copy. */
  public double[] impostor() {
    return impostor.clone();
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

  @Override
  public String toString() {
    return "ScoreSet[genuine=" + genuine.length + ", impostor=" + impostor.length + ", "
        + orientation + ", genuineSample=" + Arrays.toString(Arrays.copyOf(genuine, Math.min(3, genuine.length))) + "]";
  }
}
