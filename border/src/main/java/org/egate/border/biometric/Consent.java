package org.egate.border.biometric;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The applicant's consent to keep their face image and fingerprints (同意錄存臉部影像及指紋), and the day it was given
 * (the signed application form). Non-citizens and PRC spouses must give both.
 */
public record Consent(boolean faceImage, boolean fingerprints, LocalDate givenOn) {
    public Consent {
        Objects.requireNonNull(givenOn, "givenOn");
    }

    public static Consent toBoth(LocalDate givenOn) {
        return new Consent(true, true, givenOn);
    }

    public boolean coversBoth() {
        return faceImage && fingerprints;
    }
}
