/**
 * Biometric data as the domain sees it: opaque templates, what was captured and the consent to keep it. Root type
 * {@link org.egate.border.biometric.BiometricSet}.
 *
 * <p>Invariants: templates are copied in and out (never shared mutable arrays) and never printed; a fingerprint
 * template always names its finger, a face template never does.
 */
package org.egate.border.biometric;
