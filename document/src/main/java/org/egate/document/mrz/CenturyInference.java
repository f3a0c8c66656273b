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
    LocalDate d = date(2000 + yy, mm, dd);
    if (d != null && !d.isAfter(today)) {
      return d;
    }
    return date(1900 + yy, mm, dd);
  }

  /** Expiry date, or {@code null} if the month/day do not exist in the chosen century. */
  static LocalDate expiryDate(int yy, int mm, int dd, LocalDate today) {
    LocalDate latest = today.plusYears(MrzParameters.MAX_DOCUMENT_VALIDITY_YEARS);
    int year = 2000 + yy;
    LocalDate d = date(year, mm, dd);
    LocalDate probe = d != null ? d : LocalDate.of(year, 1, 1);
    if (probe.isAfter(latest)) {
      d = date(year - 100, mm, dd);
    }
    return d;
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
