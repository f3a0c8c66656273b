package org.egate.lane.device;

import java.time.Duration;
import java.util.Optional;

/**
 * The single-finger scanner. The traveler may place either index finger (DESIGN.md: fingerprint
 * is the auxiliary matcher); the scanner does not know which one, so the lane compares the
 * impression against both enrolled index fingers.
 */
public interface FingerprintScanner {

  /** Waits up to {@code timeout} for a finger; empty when none was placed in time. */
  Optional<FingerImpression> scan(Duration timeout) throws DeviceFault;
}
