package org.egate.biometrics.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VerificationTest {
  private static final ScoreOrientation HIGHER = ScoreOrientation.HIGHER_IS_MORE_SIMILAR;

  private static Verification of(double[] genuine, double[] impostor) {
    return Verification.of(ScoreSet.of(genuine, impostor, HIGHER));
  }

  @Test
  void separatedSetsHaveZeroEerAndZeroFnmrAtEveryTarget() {
    Verification v = of(new double[] {5, 6, 7}, new double[] {1, 2, 3});
    assertThat(v.eer()).hasValue(0.0);
    for (FmrTarget t : FmrTarget.REPORTED) {
      assertThat(v.fnmrAt(t)).hasValue(0.0);
    }
    // Three impostors cannot resolve FMR 1 %: the threshold sits just above the top impostor.
    assertThat(v.thresholdAt(FmrTarget.ONE_PERCENT)).hasValue(Math.nextUp(3.0));
  }

  @Test
  void identicalSetsHaveEerOneHalf() {
    assertThat(of(new double[] {1}, new double[] {1}).eer()).hasValue(0.5);
  }

  @Test
  void thresholdAtTargetAcceptsExactlyTheAllowedImpostors() {
    double[] impostor = IntStream.range(0, 1000).asDoubleStream().toArray();
    double[] genuine = {500, 995, 996, 997, 998, 999, 1000, 1001, 1002, 1003};
    Verification v = of(genuine, impostor);

    assertThat(v.thresholdAt(FmrTarget.ONE_PERCENT)).hasValue(Math.nextUp(989.0));
    ErrorRates at1 = v.ratesAt(FmrTarget.ONE_PERCENT).orElseThrow();
    assertThat(at1.fmr()).isEqualTo(0.01);
    assertThat(at1.fnmr()).isEqualTo(0.1);

    ErrorRates at01 = v.ratesAt(FmrTarget.ONE_PER_THOUSAND).orElseThrow();
    assertThat(at01.threshold()).isEqualTo(Math.nextUp(998.0));
    assertThat(at01.fmr()).isEqualTo(0.001);
    assertThat(at01.fnmr()).isEqualTo(0.5); // 500, 995..998 rejected

    // Below 1/1000 no impostor may pass: just above the best impostor, 999.
    ErrorRates at001 = v.ratesAt(FmrTarget.ONE_PER_TEN_THOUSAND).orElseThrow();
    assertThat(at001.fmr()).isZero();
    assertThat(at001.fnmr()).isEqualTo(0.6);
  }

  @Test
  void thresholdNeverSplitsTiedScores() {
    Verification v = of(new double[] {5, 5, 6, 6}, new double[] {5, 5, 5, 5});
    // Target 50 % would allow two impostors, but all four tie at 5: accepting any accepts all.
    ErrorRates r = v.ratesAt(new FmrTarget(0.5)).orElseThrow();
    assertThat(r.threshold()).isEqualTo(Math.nextUp(5.0));
    assertThat(r.fmr()).isZero();
    assertThat(r.fnmr()).isEqualTo(0.5);
    // Points: t=5 (FMR 1, FNMR 0), t=6 (0, 0.5), above all (0, 1): EER read at t=6.
    assertThat(v.eer()).hasValue(0.25);
    assertThat(v.eerPoint().orElseThrow().threshold()).isEqualTo(6.0);
  }

  @Test
  void eerFollowsFvcDefinitionOnInterleavedScores() {
    // impostor 1..10, genuine 6..15: at t=6 FMR 0.5, FNMR 0 ... at t=11 FMR 0, FNMR 0.5.
    double[] impostor = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
    double[] genuine = IntStream.rangeClosed(6, 15).asDoubleStream().toArray();
    Verification v = of(genuine, impostor);
    // t=8: FMR 3/10, FNMR 2/10 (t1); t=9: FMR 2/10, FNMR 3/10 (t2); equal sums: (0.3+0.2)/2.
    assertThat(v.eer().getAsDouble()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void emptySetsGiveEmptyResultsNotNaN() {
    Verification none = of(new double[0], new double[0]);
    assertThat(none.isComplete()).isFalse();
    assertThat(none.eer()).isEmpty();
    assertThat(none.fnmrAt(FmrTarget.ONE_PER_THOUSAND)).isEmpty();
    assertThat(none.thresholdAt(FmrTarget.ONE_PER_THOUSAND)).isEmpty();
    assertThat(none.detCurve()).isEmpty();

    Verification noGenuine = of(new double[0], new double[] {1, 2});
    assertThat(noGenuine.thresholdAt(FmrTarget.ONE_PERCENT)).hasValue(Math.nextUp(2.0));
    assertThat(noGenuine.fnmrAt(FmrTarget.ONE_PERCENT)).isEmpty();
    assertThat(noGenuine.eer()).isEmpty();

    Verification noImpostor = of(new double[] {1, 2}, new double[0]);
    assertThat(noImpostor.thresholdAt(FmrTarget.ONE_PERCENT)).isEmpty();
    assertThat(noImpostor.ratesAt(1.5).fnmr()).isEqualTo(0.5);
  }

  @Test
  void distancesWorkWithLowerIsMoreSimilar() {
    Verification v =
        Verification.of(
            ScoreSet.of(new double[] {0.1, 0.2}, new double[] {0.5, 0.6}, ScoreOrientation.LOWER_IS_MORE_SIMILAR));
    assertThat(v.eer()).hasValue(0.0);
    double t = v.thresholdAt(FmrTarget.ONE_PERCENT).getAsDouble();
    assertThat(t).isEqualTo(Math.nextDown(0.5));
    assertThat(ScoreOrientation.LOWER_IS_MORE_SIMILAR.accepts(0.49, t)).isTrue();
    assertThat(ScoreOrientation.LOWER_IS_MORE_SIMILAR.accepts(0.5, t)).isFalse();
    assertThat(v.ratesAt(0.5).fmr()).isEqualTo(0.5);
    assertThat(v.ratesAt(0.2).fnmr()).isZero();
    assertThat(v.ratesAt(0.15).fnmr()).isEqualTo(0.5);
  }

  @Test
  void detCurveRunsFromAcceptAllToRejectAll() {
    List<ErrorRates> curve = of(new double[] {3, 4}, new double[] {1, 3}).detCurve();
    assertThat(curve.get(0)).isEqualTo(new ErrorRates(1, 1, 0));
    assertThat(curve.get(curve.size() - 1).fmr()).isZero();
    assertThat(curve.get(curve.size() - 1).fnmr()).isEqualTo(1.0);
    assertThat(curve).hasSize(4); // 1, 3, 4 and just above 4
  }

  @Test
  void randomSetsKeepMeasuredFmrAtOrBelowTargetAndFnmrMonotone() {
    Random random = new Random(20261127);
    for (int round = 0; round < 50; round++) {
      double[] genuine = random.doubles(1 + random.nextInt(300)).map(x -> Math.round(x * 40 + 20)).toArray();
      double[] impostor = random.doubles(1 + random.nextInt(3000)).map(x -> Math.round(x * 40)).toArray();
      Verification v = of(genuine, impostor);
      double previousFnmr = 0;
      for (FmrTarget t : List.of(FmrTarget.ONE_PERCENT, FmrTarget.ONE_PER_THOUSAND, FmrTarget.ONE_PER_TEN_THOUSAND)) {
        ErrorRates r = v.ratesAt(t).orElseThrow();
        assertThat(r.fmr()).isLessThanOrEqualTo(t.fraction());
        assertThat(r.fnmr()).isGreaterThanOrEqualTo(previousFnmr);
        // Most permissive: one step lower accepts more impostors than allowed.
        assertThat(v.ratesAt(Math.nextDown(r.threshold())).fmr()).isGreaterThan(t.fraction());
        previousFnmr = r.fnmr();
      }
      assertThat(v.eer().getAsDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void rejectsNonFiniteScores() {
    assertThatThrownBy(() -> ScoreSet.of(new double[] {1, Double.NaN}, new double[0], HIGHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("genuine score #1")
        .hasMessageContaining("NaN");
  }

  @Test
  void fmrTargetKeysArePlainDecimalsAndRangeIsChecked() {
    assertThat(FmrTarget.REPORTED).extracting(FmrTarget::key).containsExactly("0.01", "0.001", "0.0001");
    assertThat(FmrTarget.parse("0.0005")).isEqualTo(FmrTarget.FIVE_PER_TEN_THOUSAND);
    assertThatThrownBy(() -> new FmrTarget(0)).hasMessageContaining("but was 0.0");
    assertThatThrownBy(() -> new FmrTarget(1)).hasMessageContaining("(0, 1)");
    assertThatThrownBy(() -> FmrTarget.parse("1e")).hasMessageContaining("'1e'");
  }

  @Test
  void pooledSetsConcatenateAndRefuseMixedOrientations() {
    ScoreSet a = ScoreSet.of(new double[] {1}, new double[] {0, 0}, HIGHER);
    ScoreSet b = ScoreSet.of(new double[] {2, 3}, new double[] {1}, HIGHER);
    ScoreSet pooled = ScoreSet.pooled(List.of(a, b));
    assertThat(pooled.genuine()).containsExactly(1, 2, 3);
    assertThat(pooled.impostor()).containsExactly(0, 0, 1);
    ScoreSet distances = ScoreSet.of(new double[] {1}, new double[] {2}, ScoreOrientation.LOWER_IS_MORE_SIMILAR);
    assertThatThrownBy(() -> ScoreSet.pooled(List.of(a, distances))).hasMessageContaining("cannot pool");
  }
}
