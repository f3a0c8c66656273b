package org.egate.document.mrz;

/**
 * ICAO Doc 9303 Part 3, 4.9: characters valued {@code 0-9} as themselves, {@code A-Z} as 10-35,
 * the filler {@code <} as 0; weights 7, 3, 1 repeating; the check digit is the sum modulo 10.
 */
public final class CheckDigit {
  private CheckDigit() {}

  /** The value of an MRZ character in the check-digit sum, or -1 if it is not an MRZ character. */
  public static int valueOf(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    return c == '<' ? 0 : -1;
  }

  /** The check digit of {@code text}; characters that are not MRZ characters count as 0. */
  public static char of(CharSequence text) {
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += Math.max(0, valueOf(text.charAt(i))) * WEIGHTS[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  /** The weighted sum of {@code buf[from, to)} starting at weight index {@code weightOffset}. */
  static int sum(char[] buf, int from, int to, int weightOffset) {
    int sum = 0;
    int w = weightOffset % 3;
    for (int i = from; i < to; i++) {
      int v = valueOf(buf[i]);
      sum += (v < 0 ? 0 : v) * WEIGHTS[w];
      w = w == 2 ? 0 : w + 1;
    }
    return sum;
  }

  /** The check digit of {@code buf[from, to)}. */
  static int compute(char[] buf, int from, int to) {
    return sum(buf, from, to, 0) % 10;
  }

  private static final int[] WEIGHTS = {7, 3, 1};
}
