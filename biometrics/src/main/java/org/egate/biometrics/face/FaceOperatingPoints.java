package org.egate.biometrics.face;

import org.egate.biometrics.operating.OperatingPoints;

/** The face operating points shipped with egate (resource {@code face-operating-points.json}). */
public final class FaceOperatingPoints {
  public static final String RESOURCE = "/org/egate/biometrics/face/face-operating-points.json";

  private FaceOperatingPoints() {
  }

  public static OperatingPoints standard() {
    return OperatingPoints.fromResource(RESOURCE);
  }
}
