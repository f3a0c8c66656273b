package org.egate.biometrics.face.quality;

import java.util.List;

/** Every quality item of one capture; acceptable when all pass. */
public record QualityReport(List<QualityItem> items) {
  public QualityReport {
    items = List.copyOf(items);
  }

  public boolean acceptable() {
    return items.stream().allMatch(QualityItem::passed);
  }

  public List<QualityItem> failed() {
    return items.stream().filter(i -> !i.passed()).toList();
  }

  public QualityItem item(QualityCheck check) {
    return items.stream().filter(i -> i.check() == check).findFirst().orElseThrow();
  }
}
