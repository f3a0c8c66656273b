/**
 * Biometric engines behind small ports, so templates are computed server-side whatever engine is
 * merged: {@link org.egate.server.biometric.FaceTemplates} and {@link
 * org.egate.server.biometric.FingerTemplates} turn images into templates and compare them;
 * {@link org.egate.server.biometric.BiometricIndex} is the border module's {@code DuplicateSearch}
 * (1:N against all current enrollments, in memory). Thresholds live in {@link
 * org.egate.server.biometric.DuplicateCheckParameters}.
 */
package org.egate.server.biometric;
