package org.egate.document.catalog;

/**
 * The check of ROC uniform identification numbers (統一編號): a leading letter standing for a
 * two-digit code (A=10 ... Z=33, with I=34, O=35, W=32 out of sequence), then nine digits of
 * which the last is the check digit. Weights 1, 9 for the letter's tens and units, then 8 down
 * to 1 for the next eight characters, then 1 for the check digit; the sum must be divisible by
 * 10. The national ID card and the 2021 resident certificate number use it unchanged; the old
 * resident certificate number has a second letter in place of the first digit, which counts
 * with the units digit of its code.
 */
final class UniformIdCheck {
  /** Codes of A..Z in alphabet order. */
  private static final int[] LETTER_CODE = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
    30, 31, 33
  };

  private UniformIdCheck() {}

  static int letterCode(char letter) {
    return LETTER_CODE[letter - 'A'];
  }

  /**
   * Whether {@code v} (already known to be a capital letter, then a capital letter or digit,
   * then eight digits) passes the check.
   */
  static boolean passes(String v) {
    int code = letterCode(v.charAt(0));
    int sum = code / 10 + (code % 10) * 9;
    char second = v.charAt(1);
    int secondValue = Character.isDigit(second) ? second - '0' : letterCode(second) % 10;
    sum += secondValue * 8;
    for (int i = 2; i < 9; i++) {
      sum += (v.charAt(i) - '0') * (9 - i);
    }
    sum += v.charAt(9) - '0';
    return sum % 10 == 0;
  }

  /** The check digit that completes the first nine characters of {@code v}. */
  static char checkDigitFor(String firstNine) {
    for (char d = '0'; d <= '9'; d++) {
      if (passes(firstNine + d)) {
        return d;
      }
    }
    throw new IllegalStateException("no check digit completes '" + firstNine + "'");
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean digits(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
