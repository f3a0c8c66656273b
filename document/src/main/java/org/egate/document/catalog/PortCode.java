package org.egate.document.catalog;

import java.util.Objects;

/**
 * A port of entry as a UN/LOCODE: two-letter country code plus three characters from
 * {@code A-Z} and {@code 2-9} (UNECE Recommendation 16). The {@code border} module maps its
 * sites to these codes; this module only says which ports a document may be used at.
 */
public record PortCode(String value) {
  /** Kinmen Shuitou port (金門水頭商港): the only port where the Kinmen–Matsu permit is valid. */
  public static final PortCode KINMEN_SHUITOU = new PortCode("TWKNH");
  /** Taiwan Taoyuan International Airport. */
  public static final PortCode TAOYUAN_AIRPORT = new PortCode("TWTPE");
  /** Taipei Songshan Airport. */
  public static final PortCode SONGSHAN_AIRPORT = new PortCode("TWTSA");
  /** Taichung International Airport. */
  public static final PortCode TAICHUNG_AIRPORT = new PortCode("TWRMQ");
  /** Kaohsiung International Airport. */
  public static final PortCode KAOHSIUNG_AIRPORT = new PortCode("TWKHH");

  public PortCode {
    Objects.requireNonNull(value, "port code");
    if (!isLocode(value)) {
      throw new IllegalArgumentException(
          "port code must be a UN/LOCODE (2 letters + 3 of A-Z or 2-9) but was '" + value + "'");
    }
  }

  private static boolean isLocode(String v) {
    if (v.length() != 5) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      char c = v.charAt(i);
      boolean letter = c >= 'A' && c <= 'Z';
      boolean digit = c >= '2' && c <= '9';
      if (!(letter || (i >= 2 && digit))) {
        return false;
      }
    }
    return true;
  }

  /** The country part (ISO 3166-1 alpha-2), e.g. {@code TW}. */
  public String country() {
    return value.substring(0, 2);
  }

  @Override
  public String toString() {
    return value;
  }
}
