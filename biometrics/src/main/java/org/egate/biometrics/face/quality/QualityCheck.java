package org.egate.biometrics.face.quality;

/** The named items of the face quality report (ISO/IEC 29794-5 / ICAO portrait style). */
public enum QualityCheck {
  /** Faces the detector saw; more than one at a gate means a possible tailgater. */
  FACE_COUNT("faces", "one person in view"),
  /** Distance between the eye centres, pixels. */
  INTER_EYE_DISTANCE("px", "face large enough"),
  YAW("deg", "head turned left/right"),
  PITCH("deg", "head tilted up/down"),
  ROLL("deg", "head tilted sideways"),
  /** Variance of the Laplacian of the normalized face (128 px square). */
  SHARPNESS("laplacian variance", "face in focus"),
  /** Mean luma of the inner face. */
  EXPOSURE("mean luma", "face neither too dark nor too bright"),
  /** Eye-region luma relative to the nose bridge: dark glasses make it low. */
  EYES_OCCLUDED("eye/bridge luma", "eyes visible (no dark glasses)"),
  /** Lower-face difference from the nose-bridge skin and loss of mouth detail: a mask makes it high. */
  NOSE_MOUTH_OCCLUDED("score", "nose and mouth visible (no mask)"),
  /** Forehead difference from the nose-bridge skin and a brim edge: a hat makes it high. */
  HEAD_COVERED("score", "forehead visible (no hat)");

  private final String unit;
  private final String meaning;

  QualityCheck(String unit, String meaning) {
    this.unit = unit;
    this.meaning = meaning;
  }

  public String unit() {
    return unit;
  }

  public String meaning() {
    return meaning;
  }
}
