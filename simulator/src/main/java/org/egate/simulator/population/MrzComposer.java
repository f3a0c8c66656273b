package org.egate.simulator.population;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.egate.document.mrz.CheckDigit;

/**
 * Writes ICAO 9303 MRZ lines (TD3 passports, TD1 cards) with their check digits, using the
 * document module's {@link CheckDigit}; the document module reads them back (tests prove every
 * generated MRZ valid). Names must already be MRZ letters and spaces.
 */
final class MrzComposer {
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  private MrzComposer() {}

  /** TD3: two lines of 44; {@code personalNumber} goes in the optional data (up to 14). */
  static List<String> td3(String code, String issuer, String surname, String givenNames, String number,
      String nationality, LocalDate birth, char sex, LocalDate expiry, String personalNumber) {
    String l1 = pad(code, 2) + pad(issuer, 3) + fit(name(surname, givenNames), 39);
    String n = pad(number, 9);
    String b = birth.format(YYMMDD);
    String e = expiry.format(YYMMDD);
    String opt = pad(personalNumber, 14);
    String l2 = n + cd(n) + pad(nationality, 3) + b + cd(b) + sex + e + cd(e) + opt
        + (personalNumber.isEmpty() ? "<" : cd(opt));
    l2 += cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
    return List.of(l1, l2);
  }

  /** TD1: three lines of 30; {@code optional1} (up to 15) holds the holder's ID number. */
  static List<String> td1(String code, String issuer, String number, String optional1, LocalDate birth, char sex,
      LocalDate expiry, String nationality, String surname, String givenNames) {
    String n = pad(number, 9);
    String l1 = pad(code, 2) + pad(issuer, 3) + n + cd(n) + pad(optional1, 15);
    String b = birth.format(YYMMDD);
    String e = expiry.format(YYMMDD);
    String l2 = b + cd(b) + sex + e + cd(e) + pad(nationality, 3) + pad("", 11);
    l2 += cd(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29));
    return List.of(l1, l2, fit(name(surname, givenNames), 30));
  }

  private static String name(String surname, String givenNames) {
    String s = surname.replace(' ', '<');
    return givenNames.isEmpty() ? s : s + "<<" + givenNames.replace(' ', '<');
  }

  /** Pads with fillers, or truncates a name that is too long (ICAO allows truncation). */
  private static String fit(String s, int n) {
    return s.length() > n ? s.substring(0, n) : pad(s, n);
  }

  private static String pad(String s, int n) {
    if (s.length() > n) {
      throw new IllegalArgumentException("'" + s + "' does not fit " + n + " MRZ characters");
    }
    return s + "<".repeat(n - s.length());
  }

  private static String cd(String s) {
    return String.valueOf(CheckDigit.of(s));
  }
}
