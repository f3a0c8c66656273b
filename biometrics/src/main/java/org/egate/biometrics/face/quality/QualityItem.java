package org.egate.biometrics.face.quality;

/**
 * One measured item: passes when {@code min <= measured <= max} (either bound may be absent, NaN).
 */
public record QualityItem(QualityCheck check, double measured, double min, double max) {
  public boolean passed() {
    return !Double.isNaN(measured) && (Double.isNaN(min) || measured >= min) && (Double.isNaN(max) || measured <= max);
  }

  static QualityItem atMost(QualityCheck check, double measured, double max) {
    return new QualityItem(check, measured, Double.NaN, max);
  }

  static QualityItem atLeast(QualityCheck check, double measured, double min) {
    return new QualityItem(check, measured, min, Double.NaN);
  }

  static QualityItem within(QualityCheck check, double measured, double limit) {
    return new QualityItem(check, measured, -limit, limit);
  }
}
