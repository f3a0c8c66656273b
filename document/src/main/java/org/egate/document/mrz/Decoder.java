package org.egate.document.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes one scanned MRZ: picks the format from the line layout, then reads and checks each
 * field in ICAO Doc 9303 order. Works on one char array without regular expressions, so a
 * clean TD3 costs a few small allocations (the strings and dates it returns).
 */
final class Decoder {
  private static final Optional<MrzFormat>[] FORMATS = formats();

  @SuppressWarnings("unchecked")
  private static Optional<MrzFormat>[] formats() {
    MrzFormat[] all = MrzFormat.values();
    Optional<MrzFormat>[] o = new Optional[all.length];
    for (MrzFormat f : all) {
      o[f.ordinal()] = Optional.of(f);
    }
    return o;
  }

  private final char[] b;
  private final LocalDate today;
  private Layout layout;
  private List<Finding> findings;
  private List<Correction> corrections;
  /** Where the optional data starts once a long document number has taken its head. */
  private int optionalStart;

  private Decoder(Scan scan, LocalDate today) {
    this.b = scan.buf;
    this.today = today;
    if (scan.corrections != null) {
      corrections = new ArrayList<>(scan.corrections);
    }
  }

  static MrzResult decode(Scan scan, LocalDate today) {
    return new Decoder(scan, today).run(scan);
  }

  private MrzResult run(Scan scan) {
    MrzFormat format = format(scan);
    if (format == null || findings != null) {
      return result(format, null);
    }
    layout = Layout.of(format);
    optionalStart = layout.optionalFrom();
    if (!scan.clean) {
      checkCharacters(format.length());
    }
    String code = documentCode(format);
    String issuer = state(2, MrzField.ISSUER);
    String number = documentNumber();
    String nationality = state(layout.nationality(), MrzField.NATIONALITY);
    LocalDate birth = date(layout.birth(), layout.birthCheck(), MrzField.BIRTH_DATE,
        MrzField.BIRTH_DATE_CHECK_DIGIT, true);
    Sex sex = sex();
    LocalDate expiry = date(layout.expiry(), layout.expiryCheck(), MrzField.EXPIRY_DATE,
        MrzField.EXPIRY_DATE_CHECK_DIGIT, false);
    String optional = optionalData();
    String optional2 = layout.optional2From() < 0 ? "" : trimFillers(layout.optional2From(), layout.optional2To());
    composite();
    int nameEnd = layout.nameTo();
    int sep = nameSeparator(layout.nameFrom(), nameEnd);
    boolean truncated = b[nameEnd - 1] != '<';
    String surname = name(layout.nameFrom(), sep < 0 ? nameEnd : sep);
    String given = sep < 0 ? "" : name(sep + 2, nameEnd);
    if (surname.isEmpty()) {
      find(MrzField.NAME, FindingCode.MALFORMED_NAME, "the name has no primary identifier (surname)");
    }
    MrzData data = new MrzData(format, code, issuer, number, nationality, birth, sex, expiry,
        surname, given, truncated, optional, optional2);
    return result(format, data);
  }

  private MrzResult result(MrzFormat format, MrzData data) {
    return new MrzResult(
        format == null ? Optional.empty() : FORMATS[format.ordinal()],
        Optional.ofNullable(data),
        findings == null ? List.of() : findings,
        corrections == null ? List.of() : corrections);
  }

  // ---- layout -------------------------------------------------------------------------------

  private MrzFormat format(Scan scan) {
    int lines = scan.lineCount;
    if (lines == 0) {
      find(MrzField.INPUT, FindingCode.EMPTY_INPUT, "no MRZ lines in the input");
      return null;
    }
    if (lines == 1) {
      // A reader may deliver the zone as one line: accept exactly the full length of a format.
      switch (scan.length) {
        case 90:
          return MrzFormat.TD1;
        case 88:
          return b[0] == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3;
        case 72:
          return b[0] == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2;
        default:
          find(MrzField.INPUT, FindingCode.WRONG_LINE_COUNT,
              "1 line of " + scan.length + " characters; an MRZ has 2 lines (TD2, TD3, visas) or 3 (TD1)");
          return null;
      }
    }
    if (lines > 3) {
      find(MrzField.INPUT, FindingCode.WRONG_LINE_COUNT,
          lines + " lines; an MRZ has 2 lines (TD2, TD3, visas) or 3 (TD1)");
      return null;
    }
    int first = scan.lineLengths[0];
    MrzFormat f;
    if (lines == 3) {
      f = MrzFormat.TD1;
    } else if (first > 40) {
      f = b[0] == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3;
    } else {
      f = b[0] == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2;
    }
    for (int i = 0; i < lines; i++) {
      if (scan.lineLengths[i] != f.lineLength()) {
        find(MrzField.INPUT, FindingCode.WRONG_LINE_LENGTH,
            "line " + (i + 1) + " has " + scan.lineLengths[i] + " characters but " + f.displayName()
                + " needs " + f.lineLength());
      }
    }
    return f;
  }

  private void checkCharacters(int n) {
    int illegal = 0;
    for (int i = 0; i < n; i++) {
      if (CheckDigit.valueOf(b[i]) < 0) {
        illegal++;
        if (illegal <= MrzParameters.MAX_ILLEGAL_CHARACTER_FINDINGS) {
          int line = i / layout.format().lineLength() + 1;
          int col = i % layout.format().lineLength() + 1;
          find(layout.fieldAt(i), FindingCode.ILLEGAL_CHARACTER,
              "character " + describe(b[i]) + " at line " + line + ", column " + col
                  + " is not one of A-Z, 0-9, <");
        }
      }
    }
    if (illegal > MrzParameters.MAX_ILLEGAL_CHARACTER_FINDINGS) {
      find(MrzField.INPUT, FindingCode.ILLEGAL_CHARACTER,
          (illegal - MrzParameters.MAX_ILLEGAL_CHARACTER_FINDINGS) + " more illegal characters");
    }
  }

  // ---- fields -------------------------------------------------------------------------------

  private String documentCode(MrzFormat f) {
    char c0 = b[0];
    char c1 = b[1];
    boolean ok;
    String rule;
    switch (f) {
      case TD3:
        ok = c0 == 'P';
        rule = "a passport (TD3) code starts with P";
        break;
      case MRV_A:
      case MRV_B:
        ok = c0 == 'V';
        rule = "a visa code starts with V";
        break;
      default:
        ok = (c0 == 'A' || c0 == 'C' || c0 == 'I') && c1 != 'V';
        rule = f == MrzFormat.TD1 ? "a TD1 code starts with A, C or I and its second character is not V"
            : "a TD2 code starts with A, C or I and its second character is not V";
    }
    ok &= (c1 >= 'A' && c1 <= 'Z') || c1 == '<';
    if (!ok) {
      find(MrzField.DOCUMENT_CODE, FindingCode.INVALID_DOCUMENT_CODE,
          "document code '" + c0 + c1 + "' is not valid: " + rule);
    }
    return Codes.documentCode(c0, c1);
  }

  private String state(int at, MrzField field) {
    String code = Codes.knownState(b[at], b[at + 1], b[at + 2]);
    if (code != null) {
      return code;
    }
    code = trimFillers(at, at + 3);
    find(field, FindingCode.UNKNOWN_STATE,
        field.jsonName() + " '" + new String(b, at, 3)
            + "' is not an ISO 3166-1 alpha-3 code or an ICAO code (Doc 9303 Part 3, 5)");
    return code;
  }

  private String documentNumber() {
    int from = layout.documentNumber();
    int end = from + Layout.DOCUMENT_NUMBER_LENGTH;
    int check = layout.documentNumberCheck();
    MrzFormat f = layout.format();
    if (b[check] == '<' && (f == MrzFormat.TD1 || f == MrzFormat.TD2)) {
      return longDocumentNumber(from, end, check);
    }
    String number = trimFillers(from, end);
    validateNumber(number);
    // In TD1/TD2 this position doubles as the long-number marker, and the long number's check
    // digit is found by scanning for a filler: a letter there may be a misread filler as well as
    // a misread digit, so no OCR correction at either place.
    boolean cardSized = f == MrzFormat.TD1 || f == MrzFormat.TD2;
    verifyCheck(CheckDigit.compute(b, from, end), check, MrzField.DOCUMENT_NUMBER_CHECK_DIGIT,
        FindingCode.CHECK_DIGIT_MISMATCH, "the document number", number, !cardSized);
    return number;
  }

  /**
   * ICAO Doc 9303 Part 5, 4.2.2 note j (and Part 6 likewise): a number longer than 9 fills the
   * number field, puts a filler in the check digit position and continues in the optional data,
   * followed by its check digit and a filler.
   */
  private String longDocumentNumber(int from, int end, int check) {
    int o = layout.optionalFrom();
    int k = o;
    while (k < layout.optionalTo() && b[k] != '<') {
      k++;
    }
    if (k - o < 2) {
      find(MrzField.DOCUMENT_NUMBER, FindingCode.MALFORMED_DOCUMENT_NUMBER,
          "the document number check digit is a filler but the optional data does not continue the"
              + " number with its check digit (ICAO Doc 9303 Part 5, 4.2.2 note j)");
      String number = trimFillers(from, end);
      validateNumber(number);
      return number;
    }
    String number = new String(b, from, end - from) + new String(b, o, k - 1 - o);
    validateNumber(number);
    int expected = (CheckDigit.sum(b, from, end, 0) + CheckDigit.sum(b, o, k - 1, end - from)) % 10;
    verifyCheck(expected, k - 1, MrzField.DOCUMENT_NUMBER_CHECK_DIGIT,
        FindingCode.CHECK_DIGIT_MISMATCH, "the document number", number, false);
    optionalStart = Math.min(k + 1, layout.optionalTo());
    return number;
  }

  private void validateNumber(String number) {
    if (number.isEmpty()) {
      find(MrzField.DOCUMENT_NUMBER, FindingCode.MALFORMED_DOCUMENT_NUMBER, "the document number is empty");
    } else if (number.indexOf('<') >= 0) {
      find(MrzField.DOCUMENT_NUMBER, FindingCode.MALFORMED_DOCUMENT_NUMBER,
          "the document number '" + number + "' has a filler inside it");
    }
  }

  /**
   * A date field and its check digit. Letters OCR confuses with digits are corrected only when
   * the check digit, itself possibly corrected, then confirms every one of them.
   */
  private LocalDate date(int from, int check, MrzField field, MrzField checkField, boolean birth) {
    int to = from + 6;
    boolean confusable = false;
    boolean bad = false;
    boolean filler = false;
    for (int i = from; i <= to; i++) {
      int pos = i == to ? check : i;
      char c = b[pos];
      if (c >= '0' && c <= '9') {
        continue;
      }
      if (c == '<' && pos != check) {
        filler = true;
      } else if (OcrConfusion.digitFor(c) != 0) {
        confusable = true;
      } else {
        bad = true;
      }
    }
    if (!confusable && !bad && !filler) {
      return digitDate(from, check, field, checkField, birth);
    }
    if (confusable && !bad) {
      tryOcrCorrection(from, to, check, field, checkField);
    }
    // Report what is still not numeric.
    for (int i = from; i <= to; i++) {
      int pos = i == to ? check : i;
      char c = b[pos];
      boolean ok = (c >= '0' && c <= '9') || (c == '<' && pos != check);
      if (!ok && CheckDigit.valueOf(c) >= 0) {
        find(pos == check ? checkField : field, FindingCode.NOT_NUMERIC,
            (pos == check ? checkField : field).jsonName() + " has '" + c + "' at line "
                + (pos / layout.format().lineLength() + 1) + ", column "
                + (pos % layout.format().lineLength() + 1) + " where a digit belongs"
                + (OcrConfusion.digitFor(c) != 0 ? " (read as " + OcrConfusion.digitFor(c)
                    + ", the check digit does not confirm it)" : ""));
      }
    }
    char cd = b[check];
    if (cd >= '0' && cd <= '9') {
      int expected = CheckDigit.compute(b, from, to);
      if (cd - '0' != expected) {
        find(checkField, FindingCode.CHECK_DIGIT_MISMATCH,
            field.jsonName() + " '" + new String(b, from, 6) + "' has check digit " + cd + " but computes to " + expected);
      }
    }
    if (filler) {
      return unknownDate(new String(b, from, 6), field, birth);
    }
    if (!digits(from, to)) {
      return null;
    }
    int yy = twoDigits(from);
    int mm = twoDigits(from + 2);
    int dd = twoDigits(from + 4);
    LocalDate d = birth ? CenturyInference.birthDate(yy, mm, dd, today)
        : CenturyInference.expiryDate(yy, mm, dd, today);
    if (d == null) {
      find(field, FindingCode.INVALID_DATE,
          field.jsonName() + " '" + new String(b, from, 6) + "' is not a date (YYMMDD)");
    }
    return d;
  }

  /** The common case: six digits and a digit check. */
  private LocalDate digitDate(int from, int check, MrzField field, MrzField checkField, boolean birth) {
    int expected = CheckDigit.compute(b, from, from + 6);
    if (b[check] - '0' != expected) {
      find(checkField, FindingCode.CHECK_DIGIT_MISMATCH, field.jsonName() + " '" + new String(b, from, 6)
          + "' has check digit " + b[check] + " but computes to " + expected);
    }
    int yy = twoDigits(from);
    int mm = twoDigits(from + 2);
    int dd = twoDigits(from + 4);
    LocalDate d = birth ? CenturyInference.birthDate(yy, mm, dd, today)
        : CenturyInference.expiryDate(yy, mm, dd, today);
    if (d == null) {
      find(field, FindingCode.INVALID_DATE,
          field.jsonName() + " '" + new String(b, from, 6) + "' is not a date (YYMMDD)");
    }
    return d;
  }

  /**
   * ICAO Doc 9303 Part 3: an unknown date, or unknown day (and month) of birth, is written with
   * fillers; anything else with fillers is not a date.
   */
  private LocalDate unknownDate(String raw, MrzField field, boolean birth) {
    boolean allowed = "<<<<<<".equals(raw)
        || (birth && isDigits(raw, 0, 2) && ("<<<<".equals(raw.substring(2))
            || (isDigits(raw, 2, 4) && "<<".equals(raw.substring(4)))));
    if (!allowed) {
      find(field, FindingCode.INVALID_DATE, field.jsonName() + " '" + raw + "' is not a date (YYMMDD)");
    }
    return null;
  }

  private void tryOcrCorrection(int from, int to, int check, MrzField field, MrzField checkField) {
    char[] fixed = new char[to - from];
    for (int i = from; i < to; i++) {
      char d = OcrConfusion.digitFor(b[i]);
      fixed[i - from] = d != 0 ? d : b[i];
    }
    char c = b[check];
    char checkFixed = c >= '0' && c <= '9' ? c : OcrConfusion.digitFor(c);
    if (checkFixed - '0' != CheckDigit.compute(fixed, 0, fixed.length)) {
      return;
    }
    for (int i = from; i < to; i++) {
      if (b[i] != fixed[i - from]) {
        ocrCorrected(i, fixed[i - from], field);
      }
    }
    if (c != checkFixed) {
      ocrCorrected(check, checkFixed, checkField);
    }
  }

  private void ocrCorrected(int pos, char digit, MrzField field) {
    int len = layout.format().lineLength();
    correct(new Correction(field, pos / len + 1, pos % len + 1, String.valueOf(b[pos]),
        String.valueOf(digit), CorrectionReason.OCR_CONFUSION));
    b[pos] = digit;
  }

  /** A single check digit: a confusable letter is corrected only if the digit then matches. */
  private void verifyCheck(int expected, int pos, MrzField field, FindingCode mismatch, String label,
      String value) {
    verifyCheck(expected, pos, field, mismatch, label, value, true);
  }

  /**
   * Messages are built only on failure ({@code label} and {@code value} kept apart for that):
   * string building would otherwise be the largest cost of reading a valid MRZ.
   */
  private void verifyCheck(int expected, int pos, MrzField field, FindingCode mismatch, String label,
      String value, boolean ocrCorrectable) {
    char c = b[pos];
    if (c >= '0' && c <= '9') {
      if (c - '0' != expected) {
        find(field, mismatch, describe(label, value) + " has check digit " + c + " but computes to " + expected);
      }
      return;
    }
    char d = ocrCorrectable ? OcrConfusion.digitFor(c) : 0;
    if (d != 0 && d - '0' == expected) {
      ocrCorrected(pos, d, field);
      return;
    }
    find(field, d != 0 ? mismatch : FindingCode.NOT_NUMERIC,
        describe(label, value) + " has check digit '" + c + "'" + (d != 0 ? " (read as " + d + ")" : ", not a digit")
            + " but computes to " + expected);
  }

  private Sex sex() {
    char c = b[layout.sex()];
    Sex s = Sex.fromCode(c);
    if (s == null) {
      find(MrzField.SEX, FindingCode.INVALID_SEX, "sex '" + c + "' is not M, F, X or <");
    }
    return s;
  }

  private String optionalData() {
    int from = optionalStart;
    int to = layout.optionalTo();
    String value = trimFillers(from, to);
    int check = layout.optionalCheck();
    if (check >= 0) {
      // TD3 personal number: when unused its check digit may be a filler (Part 4, 4.2.2 note).
      boolean unused = value.isEmpty();
      if (!(unused && (b[check] == '<' || b[check] == '0'))) {
        verifyCheck(CheckDigit.compute(b, from, to), check, MrzField.OPTIONAL_DATA_CHECK_DIGIT,
            FindingCode.CHECK_DIGIT_MISMATCH, "the optional data", value);
      }
    }
    return value;
  }

  private void composite() {
    int pos = layout.composite();
    if (pos < 0) {
      return;
    }
    int[] r = layout.compositeRanges();
    int sum = 0;
    int weight = 0;
    for (int i = 0; i < r.length; i += 2) {
      sum += CheckDigit.sum(b, r[i], r[i + 1], weight);
      weight += r[i + 1] - r[i];
    }
    verifyCheck(sum % 10, pos, MrzField.COMPOSITE_CHECK_DIGIT,
        FindingCode.COMPOSITE_CHECK_DIGIT_MISMATCH, "the composite of number, dates and optional data", null);
  }

  private int nameSeparator(int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (b[i] == '<' && b[i + 1] == '<') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Name components separated by one space; reports characters other than letters. Rewrites
   * the name region of the buffer in place (nothing reads it afterwards).
   */
  private String name(int from, int to) {
    while (to > from && b[to - 1] == '<') {
      to--;
    }
    while (from < to && b[from] == '<') {
      from++;
    }
    if (from == to) {
      return "";
    }
    int n = from;
    boolean reported = false;
    for (int i = from; i < to; i++) {
      char c = b[i];
      if (c == '<') {
        if (b[n - 1] != ' ') {
          b[n++] = ' ';
        }
        continue;
      }
      if ((c < 'A' || c > 'Z') && !reported && CheckDigit.valueOf(c) >= 0) {
        reported = true;
        find(MrzField.NAME, FindingCode.MALFORMED_NAME,
            "the name has '" + c + "' where only letters and fillers belong");
      }
      b[n++] = c;
    }
    return new String(b, from, n - from);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private String trimFillers(int from, int to) {
    while (to > from && b[to - 1] == '<') {
      to--;
    }
    return from == to ? "" : new String(b, from, to - from);
  }

  private boolean digits(int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private int twoDigits(int at) {
    return (b[at] - '0') * 10 + (b[at + 1] - '0');
  }

  private static String describe(String label, String value) {
    return value == null ? label : label + " '" + value + "'";
  }

  private static String describe(char c) {
    if (c < 32 || c == 127) {
      return String.format("U+%04X", (int) c);
    }
    return "'" + c + "' (U+" + String.format("%04X", (int) c) + ")";
  }

  private void find(MrzField field, FindingCode code, String message) {
    if (findings == null) {
      findings = new ArrayList<>(4);
    }
    findings.add(new Finding(field, code, message));
  }

  private void correct(Correction c) {
    if (corrections == null) {
      corrections = new ArrayList<>(4);
    }
    corrections.add(c);
  }
}
