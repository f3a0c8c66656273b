/**
 * The lane's 1:1 matching ports (templates are the domain's opaque {@code BiometricTemplate}s): {@link org.egate.lane.biometric.FaceMatcher} (quality assessment
 * of a live frame and comparison with the enrolled face) and {@link
 * org.egate.lane.biometric.FingerMatcher}; thresholds in {@link
 * org.egate.lane.biometric.MatchThresholds}. Implementations backed by the {@code biometrics}
 * engines plug in here; simulated ones live in {@code org.egate.lane.device.simulated}.
 *
 * <p>Invariant: a score is a similarity (higher means more alike) and a comparison passes when
 * {@code score >= threshold}; adapters for distance-based engines convert.
 */
package org.egate.lane.biometric;
