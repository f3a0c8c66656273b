package org.egate.simulator.finger;

import java.util.List;

/**
 * The Henry classes SFinGe draws from, each with its singular points (cores and deltas) in
 * coordinates relative to the finger's centre, as fractions of width and height. Sherlock-Monro
 * orientation: theta(z) = 1/2 (sum over deltas of arg(z - d) - sum over cores of arg(z - c)).
 * Loops' and whorls' deltas sit about 125-130 px (13-14 ridges at 500 dpi) from the core,
 * near the usual core-delta ridge count of loops (decision 0155); they were 170 px (18 ridges),
 * which left long straight runs of ridges under the core.
 */
public enum FingerprintClass {
  /** Plain arch: a core and a delta close together below the finger tip, ridges flow across. */
  ARCH(List.of(new double[] {0, 0.55}), List.of(new double[] {0, 0.62})),
  /** Tented arch: core above a delta on the same vertical. */
  TENTED_ARCH(List.of(new double[] {0, -0.05}), List.of(new double[] {0, 0.2})),
  /** Left loop: delta to the lower right. */
  LEFT_LOOP(List.of(new double[] {-0.05, -0.05}), List.of(new double[] {0.25, 0.15})),
  /** Right loop: delta to the lower left. */
  RIGHT_LOOP(List.of(new double[] {0.05, -0.05}), List.of(new double[] {-0.25, 0.15})),
  /** Whorl: two cores, two deltas. */
  WHORL(List.of(new double[] {0, -0.1}, new double[] {0, 0.02}), List.of(new double[] {-0.3, 0.18}, new double[] {0.3, 0.18}));

  /**
   * How often each class occurs in nature (Wilson, Candela, Watson 1994, as SFinGe uses):
   * arch 3.7 %, tented arch 2.9 %, left loop 33.8 %, right loop 31.7 %, whorl 27.9 %.
   */
  private static final double[] CUMULATIVE = {0.037, 0.066, 0.404, 0.721, 1.0};

  private final List<double[]> cores;
  private final List<double[]> deltas;

  FingerprintClass(List<double[]> cores, List<double[]> deltas) {
    this.cores = cores;
    this.deltas = deltas;
  }

  /** The class at {@code u} in [0, 1) of the natural class distribution. */
  static FingerprintClass draw(double u) {
    FingerprintClass[] all = values();
    for (int i = 0; i < all.length; i++) {
      if (u < CUMULATIVE[i]) {
        return all[i];
      }
    }
    return all[all.length - 1];
  }

  List<double[]> cores() {
    return cores;
  }

  List<double[]> deltas() {
    return deltas;
  }
}
