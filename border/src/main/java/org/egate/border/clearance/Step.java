package org.egate.border.clearance;

import java.util.Set;

/**
 * The steps of a clearance as data flows through it (DESIGN.md "Clearance, as data flows through it"), in order.
 * A later step may cover an earlier failure: fingerprint is the auxiliary matcher when face fails, and an officer's
 * override covers anything.
 */
public enum Step {
    DOCUMENT_READ,
    CHIP_AUTHENTICATION,
    LANE_AUTHORIZATION,
    OCCUPANCY,
    FACE_CAPTURE,
    FACE_MATCH,
    FINGER_CAPTURE,
    FINGER_MATCH,
    OFFICER_REVIEW;

    /** True when a pass of this step makes an earlier failure of {@code failed} no longer decisive. */
    public boolean covers(Step failed) {
        if (this == failed || this == OFFICER_REVIEW) {
            return true; // a retried step that then passes; an officer's override
        }
        if (this == FINGER_MATCH || this == FINGER_CAPTURE) {
            return Set.of(FACE_CAPTURE, FACE_MATCH).contains(failed); // "Below threshold or unusable -> fingerprint"
        }
        if (this == FACE_CAPTURE) {
            return false;
        }
        return this == FACE_MATCH && failed == FACE_CAPTURE;
    }
}
