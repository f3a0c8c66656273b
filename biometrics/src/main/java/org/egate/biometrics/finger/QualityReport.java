package org.egate.biometrics.finger;

import java.util.List;
import java.util.Optional;

/**
 * What was measured on a fingerprint and every reason it fails, each with value and threshold.
 *
 * @param minutiaeCount minutiae SourceAFIS found (or the template holds); -1 when not measured
 * @param usableAreaMm2 ridge area in square millimetres; NaN when not measured (templates)
 * @param imageAreaMm2 whole image area in square millimetres; NaN when not measured
 * @param dpi resolution the image was processed at; NaN for templates
 * @param issues reasons to refuse, most basic first; empty when acceptable
 */
public record QualityReport(int minutiaeCount, double usableAreaMm2, double imageAreaMm2, double dpi, List<QualityIssue> issues) {
  public QualityReport {
    issues = List.copyOf(issues);
  }

  /** A report for an input that could not even be decoded. */
  static QualityReport unreadable(QualityIssue issue) {
    return new QualityReport(-1, Double.NaN, Double.NaN, Double.NaN, List.of(issue));
  }

  public boolean acceptable() {
    return issues.isEmpty();
  }

  /** The first (most basic) reason to refuse, if any. */
  public Optional<QualityIssue> rejection() {
    return issues.stream().findFirst();
  }
}
