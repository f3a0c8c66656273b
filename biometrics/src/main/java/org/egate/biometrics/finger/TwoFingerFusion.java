package org.egate.biometrics.finger;

/**
 * Score-level fusion of the two index fingers of one person (DESIGN.md: both index fingers are
 * enrolled). Both rules need both scores; see decision 0022 for the measured choice.
 */
public enum TwoFingerFusion {
  /** Sum rule (as a mean, so the scale stays SourceAFIS's): both fingers must contribute. */
  MEAN {
    @Override
    public double fuse(double left, double right) {
      return (left + right) / 2;
    }
  },
  /** Max rule: the better finger decides. */
  MAX {
    @Override
    public double fuse(double left, double right) {
      return Math.max(left, right);
    }
  };

  /** The fused score of the left and right index finger comparisons. */
  public abstract double fuse(double left, double right);
}
