package org.egate.document.mrz;

import org.egate.document.catalog.IssuingState;

/**
 * Shared strings for the codes every MRZ repeats (document codes, state codes), looked up by
 * their characters: reading a valid MRZ allocates no string for them, and a state code is
 * known or not by one array access.
 */
final class Codes {
  /** Index of {@code A-Z} as 0-25, {@code <} as 26, anything else -1. */
  private static int symbol(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return c == '<' ? 26 : -1;
  }

  private static final String[] STATES = new String[27 * 27 * 27];
  private static final String[] DOCUMENT_CODES = new String[27 * 27];

  static {
    for (int i = 0; i < 26; i++) {
      for (int j = 0; j < 27; j++) {
        for (int k = 0; k < 27; k++) {
          String raw = "" + (char) ('A' + i) + sym(j) + sym(k);
          String code = raw.replaceAll("<+$", "");
          if (code.indexOf('<') < 0 && IssuingState.isKnown(code)) {
            STATES[(i * 27 + j) * 27 + k] = code;
          }
        }
        DOCUMENT_CODES[i * 27 + j] = j == 26 ? String.valueOf((char) ('A' + i)) : "" + (char) ('A' + i) + sym(j);
      }
    }
  }

  private static char sym(int j) {
    return j == 26 ? '<' : (char) ('A' + j);
  }

  private Codes() {}

  /** The state code (fillers dropped) if ICAO knows it, else {@code null}. */
  static String knownState(char a, char b, char c) {
    int i = symbol(a);
    int j = symbol(b);
    int k = symbol(c);
    if (i < 0 || i == 26 || j < 0 || k < 0) {
      return null;
    }
    return STATES[(i * 27 + j) * 27 + k];
  }

  /** The document code: one letter when the second character is a filler, else two. */
  static String documentCode(char c0, char c1) {
    int i = symbol(c0);
    int j = symbol(c1);
    if (i >= 0 && i < 26 && j >= 0) {
      return DOCUMENT_CODES[i * 27 + j];
    }
    return c1 == '<' ? String.valueOf(c0) : new String(new char[] {c0, c1});
  }
}
