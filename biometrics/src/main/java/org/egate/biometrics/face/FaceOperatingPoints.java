package org.egate.biometrics.face;

import org.egate.biometrics.operating.OperatingPoints;

/** The face operating points shipped with egate (resource {@code org/egate/biometrics/operating/face.json}). */
public final class FaceOperatingPoints {
  public static final String RESOURCE = "/org/egate/biometrics/operating/face.json";

  private FaceOperatingPoints() {
  }

  public static OperatingPoints standard() {
    return OperatingPoints.fromResource(RESOURCE);
  }
}
