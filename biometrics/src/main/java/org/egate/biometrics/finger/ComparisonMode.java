package org.egate.biometrics.finger;

/**
 * How a 1:1 score is formed. SourceAFIS's score is not symmetric: match(a, b) != match(b, a),
 * because the probe's pairing graph is grown from the probe side. See decision 0021.
 */
public enum ComparisonMode {
  /** One direction: the probe (the live capture) against the reference (the enrolled template). */
  PROBE_TO_REFERENCE {
    @Override
    double combine(double forward, double backward) {
      return forward;
    }
  },
  /** Mean of both directions: symmetric, so the score no longer depends on who is the probe. */
  SYMMETRIC_MEAN {
    @Override
    double combine(double forward, double backward) {
      return (forward + backward) / 2;
    }
  },
  /** Larger of both directions (symmetric). */
  SYMMETRIC_MAX {
    @Override
    double combine(double forward, double backward) {
      return Math.max(forward, backward);
    }
  };

  abstract double combine(double forward, double backward);

  boolean needsBackward() {
    return this != PROBE_TO_REFERENCE;
  }
}
