package org.egate.biometrics.face;

/** An expected failure on a face image, with its {@link FaceReason} and the measured detail. */
public final class FaceImageException extends Exception {
  private final FaceReason reason;

  public FaceImageException(FaceReason reason, String detail) {
    super(reason.message() + (detail == null || detail.isEmpty() ? "" : ": " + detail));
    this.reason = reason;
  }

  public FaceImageException(FaceReason reason, String detail, Throwable cause) {
    this(reason, detail);
    initCause(cause);
  }

  public FaceReason reason() {
    return reason;
  }
}
