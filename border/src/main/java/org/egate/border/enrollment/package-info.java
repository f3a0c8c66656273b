/**
 * Enrollment (申請登錄): category, documents seen, biometrics captured, consent and status. Root type
 * {@code Enrollment}; port {@code EnrollmentRepository}.
 *
 * <p>Invariants: an enrollment changes only through named methods (suspend, reinstate, withdraw, ...), each
 * returning a new value; a withdrawn enrollment holds no biometric templates; one active enrollment per traveler.
 */
package org.egate.border.enrollment;
