package org.egate.document.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one MRZ from scanner text (ICAO Doc 9303 Parts 3-7). Tolerates scanner noise and
 * corrects OCR digit/letter confusions only where check digits confirm them, reporting each
 * change. Never throws for any input. Thread-safe; the clock decides the century of two-digit
 * years (birth dates in the past, expiry dates within the longest document validity).
 */
public final class MrzReader {
  private final Clock clock;

  public MrzReader(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Reads the MRZ lines in {@code text} (2 or 3 lines, or the whole zone on one line). */
  public MrzResult read(CharSequence text) {
    return read(text, LocalDate.now(clock));
  }

  /** As {@link #read(CharSequence)}, with today's date given (for callers reading many). */
  public static MrzResult read(CharSequence text, LocalDate today) {
    if (text == null) {
      return refused(FindingCode.EMPTY_INPUT, "no input");
    }
    if (text.length() > MrzParameters.MAX_INPUT_CHARS) {
      return refused(FindingCode.INPUT_TOO_LONG, text.length() + " characters of input; an MRZ block has at most "
          + MrzParameters.MAX_INPUT_CHARS + " (with whitespace)");
    }
    return Decoder.decode(Scan.of(text), today);
  }

  private static MrzResult refused(FindingCode code, String message) {
    return new MrzResult(Optional.empty(), Optional.empty(),
        List.of(new Finding(MrzField.INPUT, code, message)), List.of());
  }
}
