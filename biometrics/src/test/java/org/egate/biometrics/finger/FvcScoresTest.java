package org.egate.biometrics.finger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.ScoreSet;
import org.egate.biometrics.eval.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small FVC2002 subset (DB1_B fingers 101-104) through the evaluation protocols. */
class FvcScoresTest {
  @Test
  void subsetOfDb1GivesProtocolCountsAndSaneRates(@TempDir Path dir) throws Exception {
    Path db1 = SharedData.fingerprints().resolve("fvc2002/DB1_B");
    for (int finger = 101; finger <= 104; finger++) {
      for (int impression = 1; impression <= 8; impression++) {
        String name = finger + "_" + impression + ".tif";
        if (!name.equals("104_8.tif")) {
          Files.copy(db1.resolve(name), dir.resolve(name));
        }
      }
    }
    Files.writeString(dir.resolve("notes.txt"), "not an FVC image");
    FvcDataSet set = FvcDataSet.open(dir);
    assertThat(set.images()).hasSize(31);
    assertThat(set.missing()).isEqualTo(1);

    FvcScores scores = FvcScores.measure(set, FingerprintEngine.withDefaults(), OptionalDouble.empty());
    assertThat(scores.failedToEnroll()).isEmpty();

    ScoreSet all = scores.singleFinger(ComparisonMode.SYMMETRIC_MEAN, false);
    assertThat(all.genuineCount()).isEqualTo(3 * 28 + 21);
    assertThat(all.impostorCount()).isEqualTo(31 * 30 / 2 - (3 * 28 + 21));
    Verification v = Verification.of(all);
    assertThat(v.eer().getAsDouble()).isBetween(0.0, 0.1);
    assertThat(v.fnmrAt(FmrTarget.ONE_PERCENT).getAsDouble()).isLessThan(0.2);
    // SourceAFIS's impostor scores stay well below its suggested 40 on real prints.
    assertThat(v.thresholdAt(FmrTarget.ONE_PERCENT).getAsDouble()).isBetween(5.0, 60.0);

    ScoreSet fvc = scores.singleFinger(ComparisonMode.SYMMETRIC_MEAN, true);
    assertThat(fvc.genuineCount()).isEqualTo(all.genuineCount());
    assertThat(fvc.impostorCount()).isEqualTo(6); // first impressions of 4 fingers

    ScoreSet fused = scores.twoFinger(ComparisonMode.SYMMETRIC_MEAN, TwoFingerFusion.MEAN);
    assertThat(fused.genuineCount()).isEqualTo(2 * 28); // persons (101,102) and (103,104)
    assertThat(fused.impostorCount()).isEqualTo(64);
    Verification f = Verification.of(fused);
    assertThat(f.eer().getAsDouble()).isLessThanOrEqualTo(v.eer().getAsDouble());
  }

  @Test
  void wholeDb1ReproducesTheIssueBaselineAndSymmetricScoreDoesNotLose() throws Exception {
    FvcDataSet db1 = FvcDataSet.open(SharedData.fingerprints().resolve("fvc2002/DB1_B"));
    FvcScores scores = FvcScores.measure(db1, FingerprintEngine.withDefaults(), OptionalDouble.empty());
    // Issue 3 baseline: raw SourceAFIS 3.18.1 at 500 dpi, earlier impression as probe, EER 0.032.
    Verification baseline = Verification.of(scores.singleFinger(ComparisonMode.REFERENCE_TO_PROBE, false));
    assertThat(baseline.genuineCount()).isEqualTo(280);
    assertThat(baseline.impostorCount()).isEqualTo(2880);
    assertThat(baseline.eer().getAsDouble()).isCloseTo(0.032, org.assertj.core.data.Offset.offset(0.0005));
    Verification symmetric = Verification.of(scores.singleFinger(ComparisonMode.SYMMETRIC_MEAN, false));
    assertThat(symmetric.eer().getAsDouble()).isLessThanOrEqualTo(baseline.eer().getAsDouble());
    assertThat(symmetric.fnmrAt(FmrTarget.ONE_PER_THOUSAND).getAsDouble())
        .isLessThanOrEqualTo(baseline.fnmrAt(FmrTarget.ONE_PER_THOUSAND).getAsDouble());
    Verification fused = Verification.of(scores.twoFinger(ComparisonMode.SYMMETRIC_MEAN, TwoFingerFusion.MEAN));
    assertThat(fused.eer().getAsDouble()).isLessThan(symmetric.eer().getAsDouble() / 2);
  }
}
