package org.egate.document.mrz;

/**
 * ICAO Doc 9303 Part 3, 4.9: characters valued {@code 0-9} as themselves, {@code A-Z} as 10-35,
 * the filler {@code <} as 0; weights 7, 3, 1 repeating; the check digit is the sum modulo 10.
 */
public final class CheckDigit {
  private CheckDigit() {}

  /** The value of an MRZ character in the check-digit sum, or -1 if it is not an MRZ character. */
  public static int valueOf(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  /** Check-digit values by character; -1 for characters that are not MRZ characters. */
  private static final byte[] VALUES = values();

  private static byte[] values() {
    byte[] v = new byte[128];
    java.util.Arrays.fill(v, (byte) -1);
    for (char c = '0'; c <= '9'; c++) {
      v[c] = (byte) (c - '0');
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      v[c] = (byte) (c - 'A' + 10);
    }
    v['<'] = 0;
    return v;
  }

  /** The check digit of {@code text}; characters that are not MRZ characters count as 0. */
  public static char of(CharSequence text) {
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += Math.max(0, valueOf(text.charAt(i))) * WEIGHTS[i % 3];
    }
    return (char) ('0' + sum % 10);
  }

  /**
   * The weighted sum of {@code buf[from, to)} starting at weight index {@code weightOffset};
   * characters that are not MRZ characters count as 0. Unrolled by the weights' period of 3.
   */
  static int sum(char[] buf, int from, int to, int weightOffset) {
    int sum = 0;
    int i = from;
    int phase = weightOffset % 3;
    while (phase != 0 && i < to) {
      sum += WEIGHTS[phase] * weight(buf[i++]);
      phase = phase == 2 ? 0 : phase + 1;
    }
    for (; i + 2 < to; i += 3) {
      sum += 7 * weight(buf[i]) + 3 * weight(buf[i + 1]) + weight(buf[i + 2]);
    }
    for (int w = 0; i < to; i++, w++) {
      sum += WEIGHTS[w] * weight(buf[i]);
    }
    return sum;
  }

  private static int weight(char c) {
    return c < SUM_VALUES.length ? SUM_VALUES[c] : 0;
  }

  /** As {@link #VALUES} but 0 for characters that are not MRZ characters. */
  private static final byte[] SUM_VALUES = sumValues();

  private static byte[] sumValues() {
    byte[] v = values();
    for (int i = 0; i < v.length; i++) {
      v[i] = (byte) Math.max(0, v[i]);
    }
    return v;
  }

  /** The check digit of {@code buf[from, to)}. */
  static int compute(char[] buf, int from, int to) {
    return sum(buf, from, to, 0) % 10;
  }

  private static final int[] WEIGHTS = {7, 3, 1};
}
