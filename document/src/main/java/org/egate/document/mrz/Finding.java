package org.egate.document.mrz;

import java.util.Objects;

/** One reason an MRZ is invalid: which field, a stable code and a message naming the values. */
public record Finding(MrzField field, FindingCode code, String message) {
  public Finding {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
