package org.egate.document.catalog;

import java.util.Objects;

/**
 * A document number as an MRZ carries it: 1 to 23 characters of {@code A-Z} and {@code 0-9}
 * without filler. 23 is the most a TD1 card holds (9 in the number field, 14 continued in the
 * optional data, ICAO Doc 9303 Part 5, 4.2.2 note j).
 */
public record DocumentNumber(String value) {
  public static final int MAX_LENGTH = 23;

  public DocumentNumber {
    Objects.requireNonNull(value, "document number");
    if (value.isEmpty() || value.length() > MAX_LENGTH || !alphanumeric(value)) {
      throw new IllegalArgumentException(
          "document number must be 1-" + MAX_LENGTH + " of A-Z, 0-9 but was '" + value + "'");
    }
  }

  private static boolean alphanumeric(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
