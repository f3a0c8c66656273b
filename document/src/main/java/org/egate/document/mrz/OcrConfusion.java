package org.egate.document.mrz;

/** The letters OCR engines read where the MRZ has a digit: O/0, I/1, Z/2, S/5, B/8. */
final class OcrConfusion {
  private OcrConfusion() {}

  /** The digit a letter is usually a misreading of, or 0 (the char) if none. */
  static char digitFor(char c) {
    switch (c) {
      case 'O':
        return '0';
      case 'I':
        return '1';
      case 'Z':
        return '2';
      case 'S':
        return '5';
      case 'B':
        return '8';
      default:
        return 0;
    }
  }
}
