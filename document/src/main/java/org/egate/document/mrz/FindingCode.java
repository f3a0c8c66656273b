package org.egate.document.mrz;

/** Why an MRZ is not valid. */
public enum FindingCode {
  /** No MRZ lines in the input. */
  EMPTY_INPUT,
  /** More text than any MRZ can be; nothing else was looked at. */
  INPUT_TOO_LONG,
  /** Not 2 or 3 lines. */
  WRONG_LINE_COUNT,
  /** A line is not as long as the format needs. */
  WRONG_LINE_LENGTH,
  /** A character outside {@code A-Z 0-9 <}. */
  ILLEGAL_CHARACTER,
  /** The document code does not fit the format (e.g. TD3 must start with {@code P}). */
  INVALID_DOCUMENT_CODE,
  /** An issuing state or nationality that is neither ISO 3166-1 alpha-3 nor an ICAO code. */
  UNKNOWN_STATE,
  /** A numeric field (date, check digit) holds a character that is not a digit. */
  NOT_NUMERIC,
  /** A check digit does not match its field. */
  CHECK_DIGIT_MISMATCH,
  /** The composite check digit does not match. */
  COMPOSITE_CHECK_DIGIT_MISMATCH,
  /** A date that does not exist (month 13, 30 February, ...). */
  INVALID_DATE,
  /** Sex is not {@code M}, {@code F}, {@code X} or {@code <}. */
  INVALID_SEX,
  /** The document number is empty, has inner fillers, or its long form is broken. */
  MALFORMED_DOCUMENT_NUMBER,
  /** The name field has no primary identifier or holds something other than letters. */
  MALFORMED_NAME
}
