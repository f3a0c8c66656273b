package org.egate.document.mrz;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Turns the MRZ's {@code YYMMDD} into a date. A birth date lies in the past (today counts), so
 * it is 20YY unless that is after today. An expiry date lies within the longest document
 * validity from today ({@link MrzParameters#MAX_DOCUMENT_VALIDITY_YEARS}), so it is 20YY unless
 * that is further away, then 19YY.
 */
final class CenturyInference {
  private CenturyInference() {}

  /** Birth date, or {@code null} if the month/day do not exist in either century. */
  static LocalDate birthDate(int yy, int mm, int dd, LocalDate today) {
    int year = 2000 + yy;
    if (!exists(year, mm, dd) || compare(year, mm, dd, today.getYear(), today.getMonthValue(), today.getDayOfMonth()) > 0) {
      year -= 100;
    }
    return date(year, mm, dd);
  }

  /** Expiry date, or {@code null} if the month/day do not exist in the chosen century. */
  static LocalDate expiryDate(int yy, int mm, int dd, LocalDate today) {
    // today + MAX_DOCUMENT_VALIDITY_YEARS as LocalDate.plusYears does it (29 Feb -> 28 Feb).
    int ly = today.getYear() + MrzParameters.MAX_DOCUMENT_VALIDITY_YEARS;
    int lm = today.getMonthValue();
    int ld = today.getDayOfMonth();
    if (lm == 2 && ld == 29 && !Year.isLeap(ly)) {
      ld = 28;
    }
    int year = 2000 + yy;
    boolean after = exists(year, mm, dd) ? compare(year, mm, dd, ly, lm, ld) > 0 : year > ly;
    return date(after ? year - 100 : year, mm, dd);
  }

  private static int compare(int y1, int m1, int d1, int y2, int m2, int d2) {
    if (y1 != y2) {
      return y1 < y2 ? -1 : 1;
    }
    if (m1 != m2) {
      return m1 < m2 ? -1 : 1;
    }
    return Integer.compare(d1, d2);
  }

  private static boolean exists(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year));
  }

  /** A date without exceptions: {@code null} when it does not exist. */
  static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    if (day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
