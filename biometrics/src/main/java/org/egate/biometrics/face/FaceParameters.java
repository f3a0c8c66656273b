package org.egate.biometrics.face;

/**
 * Every tuning number of the face pipeline in one place.
 *
 * @param detectorInputSize square SSD input side (face-api: 512); 384 for 640x480 gate frames
 *     keeps a face at 1 m (~100 px) at ~60 px, above the smallest anchors (38 px), at ~56 % of
 *     the cost; smaller sizes start to give duplicate boxes
 * @param minConfidence SSD confidence for a face in a scene (face-api's default 0.5)
 * @param paddedMinConfidence SSD confidence when searching a tight crop placed on a larger canvas
 * @param canvasScales canvas side / image side tried, in order, when the scene search finds nothing
 * @param maxFaces most faces reported per image
 * @param minInterEyePixels below this the face is too small to compare (ICAO asks 90 px for
 *     enrollment; 30 px is the floor below which the 150-px descriptor crop is mostly upsampling)
 * @param assumeCroppedFace whether an image with no detectable face may be treated as an already
 *     cropped face (enrollment photos, document portraits); gate frames should say false
 * @param maxLandmarkDrift largest mean landmark movement, in inter-eye distances, between two
 *     refinement passes for a face taken as already cropped; a non-face does not settle
 * @param mirrorAveraging whether the descriptor is the mean of the descriptors of the aligned face
 *     and of its mirror image (flip test-time augmentation, decision 0036): a second descriptor
 *     pass for a lower error
 */
public record FaceParameters(
    int detectorInputSize,
    double minConfidence,
    double paddedMinConfidence,
    double[] canvasScales,
    int maxFaces,
    double minInterEyePixels,
    boolean assumeCroppedFace,
    double maxLandmarkDrift,
    boolean mirrorAveraging) {

  /** Canonical face box from the 68 points, measured on face-api's own SSD boxes (6 demo photos, 22 faces). */
  static final double BOX_WIDTH_PER_LANDMARK_WIDTH = 0.93;
  static final double BOX_HEIGHT_PER_LANDMARK_HEIGHT = 1.38;
  static final double BOX_CENTER_ABOVE_LANDMARK_CENTER = 0.16;

  public FaceParameters {
    if (minConfidence <= 0 || minConfidence >= 1 || paddedMinConfidence <= 0 || paddedMinConfidence >= 1) {
      throw new IllegalArgumentException("confidences must be in (0,1) but were " + minConfidence + ", " + paddedMinConfidence);
    }
    if (maxFaces < 1) {
      throw new IllegalArgumentException("maxFaces must be >= 1 but was " + maxFaces);
    }
    canvasScales = canvasScales.clone();
  }

  /** The parameters as before decision 0036: one descriptor pass, no mirror averaging. */
  public FaceParameters(int detectorInputSize, double minConfidence, double paddedMinConfidence, double[] canvasScales,
      int maxFaces, double minInterEyePixels, boolean assumeCroppedFace, double maxLandmarkDrift) {
    this(detectorInputSize, minConfidence, paddedMinConfidence, canvasScales, maxFaces, minInterEyePixels,
        assumeCroppedFace, maxLandmarkDrift, false);
  }

  /** The same parameters with mirror averaging on or off. */
  public FaceParameters withMirrorAveraging(boolean on) {
    return new FaceParameters(detectorInputSize, minConfidence, paddedMinConfidence, canvasScales, maxFaces,
        minInterEyePixels, assumeCroppedFace, maxLandmarkDrift, on);
  }

  /**
   * For enrollment and evaluation: tight crops and portraits accepted. Mirror averaging on, as at
   * the gate: enrolled and live descriptors must be made the same way for the thresholds to hold.
   */
  public static FaceParameters enrollment() {
    return new FaceParameters(512, 0.5, 0.3, new double[] {2.0, 3.0}, 10, 30, true, 0.12, true);
  }

  /** For a gate camera frame (640x480 scene): a face must be detected in the scene itself; mirror averaging on. */
  public static FaceParameters gate() {
    return new FaceParameters(384, 0.5, 0.5, new double[0], 10, 30, false, 0.12, true);
  }
}
