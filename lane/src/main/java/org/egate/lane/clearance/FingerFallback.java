package org.egate.lane.clearance;

import java.time.Instant;
import java.util.Optional;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.Measurement;
import org.egate.border.clearance.Step;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.biometric.FingerMatcher;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.FingerImpression;
import org.egate.lane.device.FingerprintScanner;
import org.egate.lane.device.Prompt;

/**
 * The auxiliary matcher (DESIGN.md: face first, fingerprint as the auxiliary): the traveler
 * places either index finger, the impression is compared with each enrolled index finger; the
 * first comparison at or above the threshold clears. Each placement is a {@code FINGER_CAPTURE}
 * check, each comparison a scored {@code FINGER_MATCH} check.
 */
final class FingerFallback {

  private final FingerprintScanner scanner;
  private final FingerMatcher matcher;
  private final MatchThresholds thresholds;
  private final LaneParameters parameters;

  FingerFallback(FingerprintScanner scanner, FingerMatcher matcher, MatchThresholds thresholds,
      LaneParameters parameters) {
    this.scanner = scanner;
    this.matcher = matcher;
    this.thresholds = thresholds;
    this.parameters = parameters;
  }

  /** Returns true when a finger matched. */
  boolean run(Attempt attempt) throws DeviceFault {
    for (int n = 1; n <= parameters.fingerAttempts(); n++) {
      attempt.step = Step.FINGER_CAPTURE;
      attempt.prompt(Prompt.PLACE_INDEX_FINGER);
      Instant start = attempt.now();
      Optional<FingerImpression> impression;
      try {
        impression = scanner.scan(parameters.fingerWait());
      } catch (DeviceFault fault) {
        if (fault.kind().takesLaneOutOfService()) {
          throw fault;
        }
        attempt.check(CheckResult.failed(Step.FINGER_CAPTURE, ReasonCode.DEVICE_FAULT, attempt.since(start)));
        continue;
      }
      if (impression.isEmpty()) {
        attempt.check(CheckResult.failed(Step.FINGER_CAPTURE, ReasonCode.TIMED_OUT, attempt.since(start)));
        continue;
      }
      attempt.check(CheckResult.passed(Step.FINGER_CAPTURE, attempt.since(start)));
      attempt.step = Step.FINGER_MATCH;
      for (BiometricTemplate enrolled : attempt.granted.templates().fingers().values()) {
        if (!matcher.reads(enrolled)) {
          continue;
        }
        Instant compared = attempt.now();
        double score = matcher.compare(impression.get(), enrolled);
        attempt.fingerScore(new FingerScore(n, enrolled.finger(), score));
        Measurement measurement = Measurement.similarity(score, thresholds.finger(),
            enrolled.finger() + " " + thresholds.source());
        if (attempt.check(CheckResult.scored(Step.FINGER_MATCH, measurement, ReasonCode.FINGER_MISMATCH,
            attempt.since(compared)))) {
          return true;
        }
      }
    }
    return false;
  }
}
