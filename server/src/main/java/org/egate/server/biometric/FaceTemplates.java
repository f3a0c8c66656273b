package org.egate.server.biometric;

import java.util.Optional;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.border.biometric.BiometricTemplate;

/** Port: an enrollment face image to a template, and a stored template back to its descriptor. */
public interface FaceTemplates {
  /**
   * The template of the one acceptable face in an enrollment capture; a {@link BiometricRejected}
   * naming why otherwise (undecodable, no face, several faces, occluded, pose, blur, exposure).
   */
  BiometricTemplate extract(byte[] image);

  /** The descriptor a stored template holds; empty when the template is not in this engine's format. */
  Optional<FaceDescriptor> descriptor(BiometricTemplate template);

  /** The format this engine writes. */
  String format();
}
