package org.egate.biometrics.finger;

/** An input that cannot be enrolled or compared; carries the specific {@link QualityIssue}. */
public final class FingerprintRejectedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient QualityIssue issue;

  public FingerprintRejectedException(QualityIssue issue) {
    this(issue, null);
  }

  public FingerprintRejectedException(QualityIssue issue, Throwable cause) {
    super(issue.reason() + ": " + issue.message(), cause);
    this.issue = issue;
  }

  public QualityIssue issue() {
    return issue;
  }

  public RejectReason reason() {
    return issue.reason();
  }
}
