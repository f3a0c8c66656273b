package org.egate.lane.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalDouble;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;
import org.egate.lane.device.FingerImpression;
import org.junit.jupiter.api.Test;

/** The lane's fingerprint port on the real engine, with FVC2002 DB1_B images (../shared/data). */
class SourceAfisFingerMatcherTest {

  static final Path DB1 = Path.of(System.getProperty("egate.shared.data", "../shared/data"), "fingerprints",
      "fvc2002", "DB1_B");

  private static FingerImpression live(String name) throws Exception {
    return new FingerImpression(1, Files.readAllBytes(DB1.resolve(name)), 500, name,
        Instant.parse("2026-11-27T01:00:00Z"));
  }

  @Test
  void theSameFingerPassesTheMeasuredThresholdAndAnotherFingerDoesNot() throws Exception {
    assumeTrue(Files.isDirectory(DB1), "FVC2002 DB1_B not found at " + DB1);
    FingerprintEngine engine = FingerprintEngine.withDefaults();
    BiometricTemplate enrolled = BiometricTemplate.finger(FingerPosition.RIGHT_INDEX, "sourceafis/3.18",
        engine.enroll(Files.readAllBytes(DB1.resolve("101_1.tif")), OptionalDouble.of(500)).toSourceAfis());
    SourceAfisFingerMatcher matcher = new SourceAfisFingerMatcher(engine);
    double threshold = SourceAfisFingerMatcher.threshold(FmrTarget.ONE_PER_THOUSAND);

    assertThat(matcher.compare(live("101_2.tif"), enrolled)).isGreaterThanOrEqualTo(threshold);
    assertThat(matcher.compare(live("102_1.tif"), enrolled)).isLessThan(threshold);
  }

  @Test
  void anImpressionTheQualityGateRefusesScoresZero() throws Exception {
    assumeTrue(Files.isDirectory(DB1), "FVC2002 DB1_B not found at " + DB1);
    FingerprintEngine engine = FingerprintEngine.withDefaults();
    BiometricTemplate enrolled = BiometricTemplate.finger(FingerPosition.RIGHT_INDEX, "sourceafis/3.18",
        engine.enroll(Files.readAllBytes(DB1.resolve("101_1.tif")), OptionalDouble.of(500)).toSourceAfis());
    FingerImpression blank = new FingerImpression(2, new byte[] {1, 2, 3}, 500, "garbage",
        Instant.parse("2026-11-27T01:00:00Z"));
    assertThat(new SourceAfisFingerMatcher(engine).compare(blank, enrolled)).isZero();
  }
}
