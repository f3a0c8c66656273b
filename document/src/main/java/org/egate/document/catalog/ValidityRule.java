package org.egate.document.catalog;

import java.time.LocalDate;

/**
 * When a document is valid: through its printed expiry date (inclusive), if it has one, and
 * never issued for longer than {@code maxYears}. Documents without an expiry date (the ROC
 * national ID card, the NHI card) are valid until replaced.
 */
public record ValidityRule(boolean hasExpiry, int maxYears) {
  /** No printed expiry date; valid until the card is replaced. */
  public static final ValidityRule NO_EXPIRY = new ValidityRule(false, 0);

  public ValidityRule {
    if (hasExpiry && (maxYears < 1 || maxYears > 20)) {
      throw new IllegalArgumentException("maximum validity must be 1-20 years but was " + maxYears);
    }
  }

  /** A document valid through its expiry date, issued for at most {@code maxYears}. */
  public static ValidityRule expiresWithin(int maxYears) {
    return new ValidityRule(true, maxYears);
  }

  /**
   * Whether a document with this expiry date ({@code null} when it has none) is valid on
   * {@code date}. The expiry date itself is the last valid day.
   */
  public boolean isValidOn(LocalDate expiry, LocalDate date) {
    if (!hasExpiry) {
      return true;
    }
    return expiry != null && !date.isAfter(expiry);
  }

  /** Whether {@code expiry} is no further from {@code date} than this document can be issued for. */
  public boolean isPlausibleExpiry(LocalDate expiry, LocalDate date) {
    return !hasExpiry || !expiry.isAfter(date.plusYears(maxYears));
  }
}
