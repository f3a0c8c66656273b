package org.egate.document.mrz;

/** Every tuning number of MRZ reading, in one place. */
final class MrzParameters {
  /**
   * The longest validity of any travel document we expect (ICAO leaves it to states; passports
   * are 10 years, some ID cards and residence cards 15). An expiry year {@code YY} is read as
   * 20YY unless that lies further than this beyond today, then as 19YY.
   */
  static final int MAX_DOCUMENT_VALIDITY_YEARS = 20;

  /**
   * Characters of input (one MRZ block, whitespace and line breaks included) beyond which we do
   * not look further: the largest MRZ is 90 characters, so generous room for scanner noise.
   */
  static final int MAX_INPUT_CHARS = 1024;

  /** Illegal characters reported one by one before the rest are summed up in one finding. */
  static final int MAX_ILLEGAL_CHARACTER_FINDINGS = 5;

  private MrzParameters() {}
}
