package org.egate.server.biometric;

import org.egate.biometrics.finger.Fingerprint;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;

/** Port: fingerprint image to template, and template back to a comparable fingerprint. */
public interface FingerTemplates {
  BiometricTemplate extract(FingerPosition position, byte[] image);

  Fingerprint open(BiometricTemplate template);

  /** Similarity of a probe to a reference, on the engine's score scale. */
  double compare(Fingerprint probe, Fingerprint reference);
}
