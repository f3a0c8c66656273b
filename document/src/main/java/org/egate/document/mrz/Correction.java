package org.egate.document.mrz;

import java.util.Objects;

/**
 * A change made to the scanned text: on which line and column (1-based; 0 when it concerns the
 * whole line or input), what was found and what it was read as.
 */
public record Correction(
    MrzField field, int line, int column, String found, String readAs, CorrectionReason reason) {
  public Correction {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(readAs, "readAs");
    Objects.requireNonNull(reason, "reason");
  }
}
