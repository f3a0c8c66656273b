package org.egate.lane.clearance;

import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.biometric.FingerMatcher;
import org.egate.lane.biometric.FingerTemplate;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.FingerImpression;
import org.egate.lane.device.FingerprintScanner;
import org.egate.lane.device.Prompt;

/**
 * The auxiliary matcher (DESIGN.md: face first, fingerprint as the auxiliary): the traveler
 * places either index finger, the impression is compared with both enrolled index fingers and the
 * best score decides.
 */
final class FingerFallback {

  private final FingerprintScanner scanner;
  private final FingerMatcher matcher;
  private final double threshold;
  private final LaneParameters parameters;

  FingerFallback(FingerprintScanner scanner, FingerMatcher matcher, double threshold, LaneParameters parameters) {
    this.scanner = scanner;
    this.matcher = matcher;
    this.threshold = threshold;
    this.parameters = parameters;
  }

  ReasonCode run(Attempt attempt) throws DeviceFault {
    boolean anyImpression = false;
    for (int n = 1; n <= parameters.fingerAttempts(); n++) {
      attempt.prompt(Prompt.PLACE_INDEX_FINGER);
      Optional<FingerImpression> impression;
      try {
        impression = scanner.scan(parameters.fingerWait());
      } catch (DeviceFault fault) {
        if (fault.kind().takesLaneOutOfService()) {
          throw fault;
        }
        continue;
      }
      if (impression.isEmpty()) {
        continue;
      }
      anyImpression = true;
      for (FingerTemplate enrolled : attempt.granted.fingers()) {
        double score = matcher.compare(impression.get(), enrolled);
        attempt.fingerScore(new FingerScore(n, enrolled.finger(), score));
        if (score >= threshold) {
          return ReasonCode.CLEARED;
        }
      }
    }
    return anyImpression ? ReasonCode.FINGER_MISMATCH : ReasonCode.TIMED_OUT;
  }
}
