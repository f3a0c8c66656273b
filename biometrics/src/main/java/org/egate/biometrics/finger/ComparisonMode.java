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
  /**
   * The other direction: the reference's matcher against the probe. Kept to measure how much
   * the choice of probe moves the figures (the baseline used this direction in FVC order).
   */
  REFERENCE_TO_PROBE {
    @Override
    double combine(double forward, double backward) {
      return backward;
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
