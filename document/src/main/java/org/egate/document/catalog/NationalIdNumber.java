package org.egate.document.catalog;

import java.util.Objects;

/**
 * ROC national identification number (國民身分證統一編號), printed on the national ID card, the
 * NHI card and the driver's licence: a letter for the place of first registration, {@code 1}
 * (male) or {@code 2} (female), seven digits and a check digit validated by the uniform-ID
 * check (see {@link UniformIdCheck}).
 */
public record NationalIdNumber(String value) {
  public NationalIdNumber {
    Objects.requireNonNull(value, "national ID number");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "national ID number must be a letter, 1 or 2, then 8 digits but was '" + value + "'");
    }
    if (!UniformIdCheck.passes(value)) {
      throw new IllegalArgumentException(
          "national ID number '" + value + "' fails its check digit");
    }
  }

  /** Whether {@code value} is a well-formed national ID number whose check digit is right. */
  public static boolean isValid(String value) {
    return value != null && isWellFormed(value) && UniformIdCheck.passes(value);
  }

  private static boolean isWellFormed(String v) {
    return v.length() == 10
        && UniformIdCheck.isUpper(v.charAt(0))
        && (v.charAt(1) == '1' || v.charAt(1) == '2')
        && UniformIdCheck.digits(v, 2, 10);
  }

  @Override
  public String toString() {
    return value;
  }
}
