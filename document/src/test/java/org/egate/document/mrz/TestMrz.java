package org.egate.document.mrz;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Builds MRZ text from field values with correct check digits, for tests. */
final class TestMrz {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private TestMrz() {}

  static String pad(String s, int n) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < n) {
      b.append('<');
    }
    if (b.length() > n) {
      throw new IllegalArgumentException("'" + s + "' does not fit " + n);
    }
    return b.toString();
  }

  static String cd(String s) {
    return String.valueOf(CheckDigit.of(s));
  }

  static String date(LocalDate d) {
    return d.format(YYMMDD);
  }

  static String name(String surname, String given) {
    String s = surname.replace(' ', '<');
    return given.isEmpty() ? s : s + "<<" + given.replace(' ', '<');
  }

  /** TD3 / MRV-A / TD2 / MRV-B: two lines. */
  static String twoLine(MrzFormat f, String code, String issuer, String surname, String given,
      String number, String nationality, LocalDate birth, char sex, LocalDate expiry, String optional) {
    int len = f.lineLength();
    String l1 = pad(code, 2) + pad(issuer, 3) + pad(name(surname, given), len - 5);
    String numberPart;
    String opt;
    int optLen = f == MrzFormat.TD3 ? 14 : f == MrzFormat.TD2 ? 7 : f == MrzFormat.MRV_A ? 16 : 8;
    if (number.length() > 9) { // TD2 long number
      numberPart = number.substring(0, 9) + "<";
      String ext = number.substring(9) + cd(number) + "<";
      opt = pad(ext + optional, optLen);
    } else {
      String n = pad(number, 9);
      numberPart = n + cd(n);
      opt = pad(optional, optLen);
    }
    String b = date(birth);
    String e = date(expiry);
    String l2 = numberPart + pad(nationality, 3) + b + cd(b) + sex + e + cd(e) + opt;
    if (f == MrzFormat.TD3) {
      String oc = optional.isEmpty() ? "<" : cd(opt);
      l2 += oc;
      l2 += cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
    } else if (f == MrzFormat.TD2) {
      l2 += cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35));
    }
    return l1 + "\n" + l2;
  }

  static String td1(String code, String issuer, String number, String optional1, LocalDate birth,
      char sex, LocalDate expiry, String nationality, String optional2, String surname, String given) {
    String l1;
    if (number.length() > 9) {
      l1 = pad(code, 2) + pad(issuer, 3) + number.substring(0, 9) + "<"
          + pad(number.substring(9) + cd(number) + "<" + optional1, 15);
    } else {
      String n = pad(number, 9);
      l1 = pad(code, 2) + pad(issuer, 3) + n + cd(n) + pad(optional1, 15);
    }
    String b = date(birth);
    String e = date(expiry);
    String l2 = b + cd(b) + sex + e + cd(e) + pad(nationality, 3) + pad(optional2, 11);
    l2 += cd(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29));
    return l1 + "\n" + l2 + "\n" + pad(name(surname, given), 30);
  }
}
