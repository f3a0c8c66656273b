package org.egate.border.enrollment;

import java.util.Objects;
import org.egate.border.reason.ReasonCode;

/**
 * An officer's change to an enrollment that cannot be made: no such enrollment ({@code ENROLLMENT_NOT_FOUND}) or not
 * from its current status ({@code ENROLLMENT_STATUS_CONFLICT}). The message names the enrollment and statuses; the
 * server answers with the reason code (404 / 409) and rolls back.
 */
public final class EnrollmentChangeRefused extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient ReasonCode reason;

    public EnrollmentChangeRefused(ReasonCode reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ReasonCode reason() {
        return reason;
    }
}
