package org.egate.document.mrz;

import java.util.ArrayList;
import java.util.List;

/**
 * Scanner text made into MRZ lines: surrounding whitespace dropped, {@code CR}/{@code CRLF} read
 * as line breaks, lower case read as upper case, filler lookalikes read as {@code <}, blank
 * lines skipped. Each kind of change is reported once per line. Other characters are kept as
 * they are for the decoder to report.
 */
final class Scan {
  static final int MAX_LINES = 8;

  final char[] buf;
  int length;
  int lineCount;
  final int[] lineLengths = new int[MAX_LINES];
  List<Correction> corrections;
  /** Every character is one of {@code A-Z 0-9 <}: the decoder need not look for others. */
  boolean clean;

  /**
   * One scratch scan per thread: reading allocates only what it returns. Safe because a scan is
   * used start to end by one read on one thread, and the decoder copies out what it keeps.
   */
  private static final ThreadLocal<Scan> SCRATCH =
      ThreadLocal.withInitial(() -> new Scan(MrzParameters.MAX_INPUT_CHARS));

  private Scan(int capacity) {
    buf = new char[capacity];
  }

  private Scan reset() {
    length = 0;
    lineCount = 0;
    corrections = null;
    clean = false;
    java.util.Arrays.fill(lineLengths, 0);
    return this;
  }

  /** Scans {@code text}, which must be at most {@link MrzParameters#MAX_INPUT_CHARS} long. */
  static Scan of(CharSequence text) {
    Scan s = SCRATCH.get().reset();
    if (text instanceof String && s.clean((String) text)) {
      return s;
    }
    return s.reset().noisy(text);
  }

  /**
   * The common case, in one pass: only MRZ characters and single {@code \n} line breaks, at
   * most 3 lines, no trailing break other than one. Anything else returns {@code null}.
   */
  private boolean clean(String text) {
    int n = text.length();
    if (n > 0 && text.charAt(n - 1) == '\n') {
      n--;
    }
    // The exact layouts: 2x44, 2x36, 3x30 with single line feeds.
    int lineLength;
    int lines;
    if (n == 89 && text.charAt(44) == '\n') {
      lineLength = 44;
      lines = 2;
    } else if (n == 73 && text.charAt(36) == '\n') {
      lineLength = 36;
      lines = 2;
    } else if (n == 92 && text.charAt(30) == '\n' && text.charAt(61) == '\n') {
      lineLength = 30;
      lines = 3;
    } else {
      return false;
    }
    char[] b = buf;
    for (int line = 0; line < lines; line++) {
      int from = line * (lineLength + 1);
      text.getChars(from, from + lineLength, b, line * lineLength);
      lineLengths[line] = lineLength;
    }
    int total = lineLength * lines;
    for (int i = 0; i < total; i++) {
      if (CheckDigit.valueOf(b[i]) < 0) {
        return false;
      }
    }
    length = total;
    lineCount = lines;
    clean = true;
    return true;
  }

  private Scan noisy(CharSequence text) {
    int n = text.length();
    Scan s = this;
    int i = 0;
    boolean sawCr = false;
    while (i < n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      if (end < n && text.charAt(end) == '\r') {
        sawCr = true;
      }
      s.addLine(text, i, end);
      i = end + 1;
      if (end < n && text.charAt(end) == '\r' && i < n && text.charAt(i) == '\n') {
        i++;
      }
    }
    if (sawCr) {
      s.correct(new Correction(MrzField.INPUT, 0, 0, "\\r", "line break", CorrectionReason.LINE_ENDINGS));
    }
    return s;
  }

  private void addLine(CharSequence text, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && isBlank(text.charAt(a))) {
      a++;
    }
    while (b > a && isBlank(text.charAt(b - 1))) {
      b--;
    }
    if (a == b) {
      return;
    }
    int lineNo = lineCount + 1;
    if (a != from || b != to) {
      correct(new Correction(MrzField.INPUT, lineNo, 0, "whitespace", "", CorrectionReason.SURROUNDING_WHITESPACE));
    }
    int lowerAt = 0;
    int lookalikeAt = 0;
    StringBuilder lookalikes = null;
    int start = length;
    for (int k = a; k < b; k++) {
      char c = text.charAt(k);
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 32);
        if (lowerAt == 0) {
          lowerAt = k - a + 1;
        }
      } else if (isFillerLookalike(c)) {
        if (lookalikeAt == 0) {
          lookalikeAt = k - a + 1;
          lookalikes = new StringBuilder();
        }
        if (lookalikes.indexOf(String.valueOf(c)) < 0) {
          lookalikes.append(c);
        }
        c = '<';
      }
      buf[length++] = c;
    }
    if (lineCount < MAX_LINES) {
      lineLengths[lineCount] = length - start;
    }
    lineCount++;
    if (lowerAt > 0) {
      correct(new Correction(MrzField.INPUT, lineNo, lowerAt, "lower case", "upper case", CorrectionReason.LOWER_CASE));
    }
    if (lookalikeAt > 0) {
      correct(new Correction(MrzField.INPUT, lineNo, lookalikeAt, lookalikes.toString(), "<", CorrectionReason.FILLER_LOOKALIKE));
    }
  }

  void correct(Correction c) {
    if (corrections == null) {
      corrections = new ArrayList<>(4);
    }
    corrections.add(c);
  }

  List<Correction> corrections() {
    return corrections == null ? List.of() : corrections;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\uFEFF'
        || (c > 127 && Character.isWhitespace(c));
  }

  /** Characters scanners and OCR engines produce for the filler {@code <}. */
  static boolean isFillerLookalike(char c) {
    switch (c) {
      case '\u00AB': // «
      case '\u2039': // ‹
      case '\u2329': // 〈
      case '\u3008': // 〈
      case '\u27E8': // ⟨
      case '\u276E': // ❮
      case '\uFF1C': // ＜
      case '\u02C2': // ˂
      case '\u2264': // ≤
        return true;
      default:
        return false;
    }
  }
}
