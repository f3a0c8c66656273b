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
    /**
     * Why current enrollments of other travelers match these biometrics: every hit against each named
     * candidate (a bounded number of candidates), face hits first, each modality best first; empty when
     * none. The referral keeps them, so an officer and an auditor see why (decision 0170).
     */
    List<DuplicateHit> hits(BiometricSet biometrics, TravelerId applicant);

    /** A search that never finds anything, for places without a biometric engine (tests, demos). */
    static DuplicateSearch none() {
        return (biometrics, applicant) -> List.of();
    }
}
