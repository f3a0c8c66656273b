/**
 * Fingerprint on SourceAFIS: bounded decoding (images and WSQ) at the image's real resolution,
 * quality with specific reject reasons, ISO/IEC 19794-2 import and export, 1:1, two-finger
 * fusion, 1:N over candidates, and the FVC evaluation protocol.
 *
 * <p>Root type: {@link org.egate.biometrics.finger.FingerprintEngine}. Invariants: bad input
 * never throws anything but {@link org.egate.biometrics.finger.FingerprintRejectedException}
 * carrying a {@link org.egate.biometrics.finger.RejectReason} with value and threshold; no image
 * is decoded before its byte size and header dimensions pass their budgets; every tuning number
 * lives in {@link org.egate.biometrics.finger.FingerprintParameters}.
 */
package org.egate.biometrics.finger;
