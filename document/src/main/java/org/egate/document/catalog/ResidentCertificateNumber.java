package org.egate.document.catalog;

import java.util.Objects;

/**
 * The uniform ID number (統一證號) of a resident certificate (ARC, APRC; also on entry-exit
 * permits of HK/Macao and PRC residents). Two formats are in use:
 *
 * <ul>
 *   <li>{@link Format#OLD}: two letters and eight digits, the second letter {@code A}-{@code D}
 *       (sex and holder category); its check counts the second letter by the units digit of its
 *       code;
 *   <li>{@link Format#UNIFORM_2021}: issued from 2021-01-02, one letter, {@code 8} (male) or
 *       {@code 9} (female), eight digits, checked exactly like the national ID number.
 * </ul>
 */
public record ResidentCertificateNumber(String value) {
  /** The two formats of the number. */
  public enum Format {
    OLD,
    UNIFORM_2021
  }

  public ResidentCertificateNumber {
    Objects.requireNonNull(value, "resident certificate number");
    if (formatOf(value) == null) {
      throw new IllegalArgumentException(
          "resident certificate number must be two letters + 8 digits or a letter, 8 or 9,"
              + " then 8 digits but was '"
              + value
              + "'");
    }
    if (!UniformIdCheck.passes(value)) {
      throw new IllegalArgumentException(
          "resident certificate number '" + value + "' fails its check digit");
    }
  }

  /** Whether {@code value} is a well-formed number in either format with a right check digit. */
  public static boolean isValid(String value) {
    return value != null && formatOf(value) != null && UniformIdCheck.passes(value);
  }

  public Format format() {
    return formatOf(value);
  }

  private static Format formatOf(String v) {
    if (v.length() != 10 || !UniformIdCheck.isUpper(v.charAt(0)) || !UniformIdCheck.digits(v, 2, 10)) {
      return null;
    }
    char second = v.charAt(1);
    if (second >= 'A' && second <= 'D') {
      return Format.OLD;
    }
    if (second == '8' || second == '9') {
      return Format.UNIFORM_2021;
    }
    return null;
  }

  @Override
  public String toString() {
    return value;
  }
}
