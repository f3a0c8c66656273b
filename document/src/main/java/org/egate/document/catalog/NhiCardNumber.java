package org.egate.document.catalog;

import java.util.Objects;

/**
 * The card number printed on a National Health Insurance card (健保卡號): twelve digits. It has
 * no public check digit; the holder is identified by the national ID number on the same card.
 */
public record NhiCardNumber(String value) {
  public NhiCardNumber {
    Objects.requireNonNull(value, "NHI card number");
    if (value.length() != 12 || !UniformIdCheck.digits(value, 0, 12)) {
      throw new IllegalArgumentException("NHI card number must be 12 digits but was '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
