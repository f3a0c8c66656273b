package org.egate.border.biometric;

/** Which biometric a template describes. Face is the primary matcher at the gate, fingerprint the auxiliary. */
public enum Modality {
    FACE,
    FINGERPRINT
}
