package org.egate.server.biometric;

import org.egate.border.biometric.BiometricTemplate;

/** Port: face image to template, and template similarity (higher = more alike, in [-1, 1]). */
public interface FaceTemplates {
  BiometricTemplate extract(byte[] image);

  /** The template as a unit vector, for the 1:N scan; refused when the format is not this engine's. */
  float[] vector(BiometricTemplate template);

  /** The format this engine writes. */
  String format();
}
