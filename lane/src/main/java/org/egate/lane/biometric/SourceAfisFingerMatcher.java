package org.egate.lane.biometric;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintRejectedException;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.FingerImpression;

/**
 * The fingerprint port on the {@code biometrics} engine (SourceAFIS): the live impression is
 * enrolled at the scanner's resolution and compared 1:1 with the enrolled template (ISO/IEC
 * 19794-2, ANSI 378 or SourceAFIS form). An impression the engine's quality gate refuses scores 0
 * (SourceAFIS's "nothing in common"), so the lane's threshold refuses it and the traveler gets the
 * next attempt.
 */
public final class SourceAfisFingerMatcher implements FingerMatcher {

  private final FingerprintEngine engine;
  /** Enrolled templates decoded once per authorization (the same two fingers are compared twice). */
  private final Map<BiometricTemplate, Fingerprint> references = new ConcurrentHashMap<>();

  public SourceAfisFingerMatcher(FingerprintEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  public static SourceAfisFingerMatcher withDefaults() {
    return new SourceAfisFingerMatcher(FingerprintEngine.withDefaults());
  }

  /** The engine's measured threshold for an FMR target, e.g. 0.1 %, with where it came from. */
  public static double threshold(FmrTarget target) {
    return OperatingPoints.forModality("finger").at(target).threshold();
  }

  /** SourceAFIS reads its own form, ISO/IEC 19794-2 and ANSI 378; the engine tells them apart by content. */
  @Override
  public boolean reads(BiometricTemplate enrolled) {
    return !enrolled.format().startsWith("simulated");
  }

  @Override
  public double compare(FingerImpression impression, BiometricTemplate enrolled) {
    Fingerprint reference = references.computeIfAbsent(enrolled, this::open);
    try {
      Fingerprint probe = engine.enroll(impression.image(), OptionalDouble.of(impression.dpi()));
      return engine.compare(probe, reference);
    } catch (FingerprintRejectedException unusable) {
      return 0;
    }
  }

  private Fingerprint open(BiometricTemplate template) {
    try {
      return engine.importTemplate(template.data());
    } catch (FingerprintRejectedException e) {
      throw new IllegalArgumentException("enrolled " + template + " is not usable: " + e.getMessage(), e);
    }
  }
}
