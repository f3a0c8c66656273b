package org.egate.document.mrz;

/** The sex field of an MRZ (ICAO Doc 9303 Part 3, 4.2.2.3 in the 8th edition adds X). */
public enum Sex {
  MALE('M'),
  FEMALE('F'),
  /** {@code X}: unspecified, as printed by states that issue a third marker. */
  UNSPECIFIED('X'),
  /** {@code <}: not given. */
  NOT_GIVEN('<');

  private final char code;

  Sex(char code) {
    this.code = code;
  }

  public char code() {
    return code;
  }

  /** The sex for an MRZ character, or {@code null} if the character is not one. */
  static Sex fromCode(char c) {
    switch (c) {
      case 'M':
        return MALE;
      case 'F':
        return FEMALE;
      case 'X':
        return UNSPECIFIED;
      case '<':
        return NOT_GIVEN;
      default:
        return null;
    }
  }
}
