package org.egate.server.biometric;

/** Every number of the 1:N duplicate check, in one place, with where it comes from. */
public final class DuplicateCheckParameters {
  /**
   * Cosine similarity at or above which two thumbnail face vectors are the same photograph. The
   * interim thumbnail engine only recognizes near-identical images; when the biometrics face
   * engine is merged its operating point replaces this.
   */
  public static final double THUMBNAIL_FACE_THRESHOLD = 0.95;
  /**
   * SourceAFIS similarity at or above which two fingerprints are referred: 40 is SourceAFIS's own
   * figure for FMR 0.01 %, strict enough that a referral queue stays short.
   */
  public static final double FINGER_THRESHOLD = 40.0;
  /** At most this many candidates are named in a referral. */
  public static final int MAX_CANDIDATES = 10;

  private DuplicateCheckParameters() {}
}
