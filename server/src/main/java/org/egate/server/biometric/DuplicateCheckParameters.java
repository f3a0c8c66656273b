package org.egate.server.biometric;

import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.operating.OperatingPoints;

/** Every number of the 1:N duplicate check, in one place, with where it comes from. */
public final class DuplicateCheckParameters {
  /**
   * The face operating point a 1:N hit is referred at: FMR 0.01 %, the strictest point measured
   * for the face engine (LFW dev, {@code operating/face.json}). Over N enrollments a probe of a new
   * person still meets about N x 0.0001 impostors below it (10 at 100,000), so face hits are
   * referred to an officer, never refused (decision 0101).
   */
  public static final FmrTarget FACE_FMR_TARGET = FmrTarget.ONE_PER_TEN_THOUSAND;
  /** Descriptor distance at or below which two faces are referred (from {@link #FACE_FMR_TARGET}). */
  public static final double FACE_DISTANCE_THRESHOLD = OperatingPoints.forModality("face").at(FACE_FMR_TARGET).threshold();
  /** The same threshold as a face score ({@code 1 - distance}), at or above which two faces are referred. */
  public static final double FACE_SCORE_THRESHOLD = 1 - FACE_DISTANCE_THRESHOLD;
  /**
   * SourceAFIS similarity at or above which two fingerprints are referred: 40 is SourceAFIS's own
   * figure for FMR 0.01 %, strict enough that a referral queue stays short.
   */
  public static final double FINGER_THRESHOLD = 40.0;
  /** The FMR target {@link #FINGER_THRESHOLD} stands for (SourceAFIS's published figure, not measured here). */
  public static final FmrTarget FINGER_FMR_TARGET = FmrTarget.ONE_PER_TEN_THOUSAND;
  /** At most this many candidates are named in a referral. */
  public static final int MAX_CANDIDATES = 10;
  /** Threads that scan the face index for one search (exact int8 scan, split by rows). */
  static final int FACE_SEARCH_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private DuplicateCheckParameters() {}
}
