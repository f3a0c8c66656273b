package org.egate.lane.device;

import java.util.List;

/**
 * The machine-readable zone as the reader's OCR returned it: two or three lines, unparsed. The
 * lane does not interpret it; the authorization service (and the {@code document} module behind
 * it) does, so the rules of ICAO 9303 live in one place.
 */
public record MrzText(List<String> lines) {

  public MrzText {
    lines = List.copyOf(lines);
    if (lines.size() < 2 || lines.size() > 3) {
      throw new IllegalArgumentException(
          "an MRZ has 2 or 3 lines but the reader returned " + lines.size() + ": " + lines);
    }
    for (String line : lines) {
      if (line.isBlank()) {
        throw new IllegalArgumentException("an MRZ line must not be blank, but was in " + lines);
      }
    }
  }

  public static MrzText of(String... lines) {
    return new MrzText(List.of(lines));
  }

  /** The lines joined by newlines, as ICAO prints them. */
  public String text() {
    return String.join("\n", lines);
  }
}
