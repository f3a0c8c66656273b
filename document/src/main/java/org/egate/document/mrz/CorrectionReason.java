package org.egate.document.mrz;

/** Why a character of the scanned text was changed before or while decoding. */
public enum CorrectionReason {
  /** A letter OCR confuses with a digit ({@code O/0, I/1, Z/2, S/5, B/8}) in a numeric field, confirmed by the check digit. */
  OCR_CONFUSION,
  /** Whitespace before or after a line was dropped. */
  SURROUNDING_WHITESPACE,
  /** Carriage returns ({@code CRLF} or {@code CR}) were read as line breaks. */
  LINE_ENDINGS,
  /** Lower-case letters were read as upper case. */
  LOWER_CASE,
  /** A lookalike of the filler ({@code «}, {@code ‹}, {@code ＜}, ...) was read as {@code <}. */
  FILLER_LOOKALIKE
}
