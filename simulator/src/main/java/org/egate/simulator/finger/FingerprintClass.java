package org.egate.simulator.finger;

import java.util.List;

/**
 * The Henry classes SFinGe draws from, each with its singular points (cores and deltas) in
 * coordinates relative to the finger's centre, as fractions of width and height. Sherlock-Monro
 * orientation: theta(z) = 1/2 (sum over deltas of arg(z - d) - sum over cores of arg(z - c)).
 */
public enum FingerprintClass {
  /** Plain arch: a core and a delta close together below the finger tip, ridges flow across. */
  ARCH(List.of(new double[] {0, 0.55}), List.of(new double[] {0, 0.62})),
  /** Tented arch: core above a delta on the same vertical. */
  TENTED_ARCH(List.of(new double[] {0, -0.05}), List.of(new double[] {0, 0.2})),
  /** Left loop: delta to the lower right. */
  LEFT_LOOP(List.of(new double[] {-0.05, -0.05}), List.of(new double[] {0.28, 0.28})),
  /** Right loop: delta to the lower left. */
  RIGHT_LOOP(List.of(new double[] {0.05, -0.05}), List.of(new double[] {-0.28, 0.28})),
  /** Whorl: two cores, two deltas. */
  WHORL(List.of(new double[] {0, -0.1}, new double[] {0, 0.02}), List.of(new double[] {-0.3, 0.3}, new double[] {0.3, 0.3}));

  private final List<double[]> cores;
  private final List<double[]> deltas;

  FingerprintClass(List<double[]> cores, List<double[]> deltas) {
    this.cores = cores;
    this.deltas = deltas;
  }

  List<double[]> cores() {
    return cores;
  }

  List<double[]> deltas() {
    return deltas;
  }
}
