/**
 * Biometric engines behind small ports, so templates are computed server-side: {@link
 * org.egate.server.biometric.FaceTemplates} ({@link org.egate.server.biometric.FaceApiTemplates}:
 * face-api descriptors behind the quality gate, decision 0100) and {@link
 * org.egate.server.biometric.FingerTemplates} (SourceAFIS) turn images into templates; {@link
 * org.egate.server.biometric.BiometricIndex} is the border module's {@code DuplicateSearch} (1:N
 * against the current enrollments, in memory: faces in a {@code FaceIndex}, decision 0101).
 * Thresholds live in {@link org.egate.server.biometric.DuplicateCheckParameters}.
 */
package org.egate.server.biometric;
