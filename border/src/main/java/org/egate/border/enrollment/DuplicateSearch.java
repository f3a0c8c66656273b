package org.egate.border.enrollment;

import java.util.List;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.traveler.TravelerId;

/**
 * Port: the 1:N duplicate check of a new enrollment's biometrics against all current enrollments (face and
 * fingerprint; the server implements it with the biometrics engines). A hit is referred to an officer, never refused
 * outright.
 */
public interface DuplicateSearch {
    /** Current enrollments of other travelers whose biometrics match these; empty when none. */
    List<EnrollmentId> candidates(BiometricSet biometrics, TravelerId applicant);

    /** A search that never finds anything, for places without a biometric engine (tests, demos). */
    static DuplicateSearch none() {
        return (biometrics, applicant) -> List.of();
    }
}
