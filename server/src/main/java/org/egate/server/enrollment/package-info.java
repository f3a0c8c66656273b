/**
 * Enrollment at the counter: the officer's endpoint turns images into templates server-side
 * ({@link org.egate.server.biometric.BiometricEngines}), the border module's {@code
 * EnrollmentDesk} applies the rules, {@link org.egate.server.enrollment.SqlEnrollmentRepository}
 * stores the enrollment with its templates and face image sealed, and 1:N hits land in the
 * referral queue.
 */
package org.egate.server.enrollment;
