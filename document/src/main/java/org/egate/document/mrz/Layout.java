package org.egate.document.mrz;

/**
 * Where each field sits in an MRZ whose lines are concatenated into one array (ICAO Doc 9303
 * Part 4 section 4.2.2, Part 5 4.2.2, Part 6 4.2.2, Part 7 section 8). Positions are 0-based
 * offsets into the concatenation; -1 means the format has no such field.
 */
record Layout(
    MrzFormat format,
    int nameFrom,
    int nameTo,
    int documentNumber,
    int documentNumberCheck,
    int nationality,
    int birth,
    int birthCheck,
    int sex,
    int expiry,
    int expiryCheck,
    int optionalFrom,
    int optionalTo,
    int optionalCheck,
    int optional2From,
    int optional2To,
    int composite,
    int[] compositeRanges) {

  static final int DOCUMENT_NUMBER_LENGTH = 9;

  static final Layout TD3 =
      new Layout(MrzFormat.TD3, 5, 44, 44, 53, 54, 57, 63, 64, 65, 71, 72, 86, 86, -1, -1, 87,
          new int[] {44, 54, 57, 64, 65, 87});
  static final Layout MRV_A =
      new Layout(MrzFormat.MRV_A, 5, 44, 44, 53, 54, 57, 63, 64, 65, 71, 72, 88, -1, -1, -1, -1,
          new int[0]);
  static final Layout TD2 =
      new Layout(MrzFormat.TD2, 5, 36, 36, 45, 46, 49, 55, 56, 57, 63, 64, 71, -1, -1, -1, 71,
          new int[] {36, 46, 49, 56, 57, 71});
  static final Layout MRV_B =
      new Layout(MrzFormat.MRV_B, 5, 36, 36, 45, 46, 49, 55, 56, 57, 63, 64, 72, -1, -1, -1, -1,
          new int[0]);
  static final Layout TD1 =
      new Layout(MrzFormat.TD1, 60, 90, 5, 14, 45, 30, 36, 37, 38, 44, 15, 30, -1, 48, 59, 59,
          new int[] {5, 30, 30, 37, 38, 45, 48, 59});

  static Layout of(MrzFormat f) {
    switch (f) {
      case TD1:
        return TD1;
      case TD2:
        return TD2;
      case TD3:
        return TD3;
      case MRV_A:
        return MRV_A;
      default:
        return MRV_B;
    }
  }

  /** The field a position belongs to, for reporting. */
  MrzField fieldAt(int pos) {
    if (pos < 2) {
      return MrzField.DOCUMENT_CODE;
    }
    if (pos >= 2 && pos < 5) {
      return MrzField.ISSUER;
    }
    if (pos >= nameFrom && pos < nameTo) {
      return MrzField.NAME;
    }
    if (pos >= documentNumber && pos < documentNumber + DOCUMENT_NUMBER_LENGTH) {
      return MrzField.DOCUMENT_NUMBER;
    }
    if (pos == documentNumberCheck) {
      return MrzField.DOCUMENT_NUMBER_CHECK_DIGIT;
    }
    if (pos >= nationality && pos < nationality + 3) {
      return MrzField.NATIONALITY;
    }
    if (pos >= birth && pos < birth + 6) {
      return MrzField.BIRTH_DATE;
    }
    if (pos == birthCheck) {
      return MrzField.BIRTH_DATE_CHECK_DIGIT;
    }
    if (pos == sex) {
      return MrzField.SEX;
    }
    if (pos >= expiry && pos < expiry + 6) {
      return MrzField.EXPIRY_DATE;
    }
    if (pos == expiryCheck) {
      return MrzField.EXPIRY_DATE_CHECK_DIGIT;
    }
    if (pos >= optionalFrom && pos < optionalTo) {
      return MrzField.OPTIONAL_DATA;
    }
    if (pos == optionalCheck) {
      return MrzField.OPTIONAL_DATA_CHECK_DIGIT;
    }
    if (pos >= optional2From && pos < optional2To) {
      return MrzField.OPTIONAL_DATA_2;
    }
    if (pos == composite) {
      return MrzField.COMPOSITE_CHECK_DIGIT;
    }
    return MrzField.INPUT;
  }
}
