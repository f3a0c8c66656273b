package org.egate.biometrics.finger;

import java.util.Objects;

/**
 * A reason a fingerprint is refused, with the measured value and the threshold it failed, so an
 * operator or the traveler can be told exactly what was wrong.
 *
 * @param reason the reason code
 * @param value the measured value (NaN when nothing could be measured, e.g. a corrupt file)
 * @param threshold the limit the value broke (NaN when there is none)
 * @param message an English explanation naming value and unit
 */
public record QualityIssue(RejectReason reason, double value, double threshold, String message) {
  public QualityIssue {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  static QualityIssue of(RejectReason reason, String message) {
    return new QualityIssue(reason, Double.NaN, Double.NaN, message);
  }
}
