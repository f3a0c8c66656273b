package org.egate.document.mrz;

/** The ICAO Doc 9303 MRZ formats, with their line count and line length. */
public enum MrzFormat {
  /** Part 5: ID cards, 3 lines of 30. */
  TD1(3, 30),
  /** Part 6: 2 lines of 36. */
  TD2(2, 36),
  /** Part 4: passports, 2 lines of 44. */
  TD3(2, 44),
  /** Part 7: full-size visa, 2 lines of 44. */
  MRV_A(2, 44),
  /** Part 7: smaller visa, 2 lines of 36. */
  MRV_B(2, 36);

  private final int lines;
  private final int lineLength;

  MrzFormat(int lines, int lineLength) {
    this.lines = lines;
    this.lineLength = lineLength;
  }

  public int lines() {
    return lines;
  }

  public int lineLength() {
    return lineLength;
  }

  /** Total characters in the zone. */
  public int length() {
    return lines * lineLength;
  }

  /** The name used in JSON and reports: {@code TD1}, {@code MRV-A}, ... */
  public String displayName() {
    return name().replace('_', '-');
  }

  /** Visas carry no composite check digit and their optional data has no check digit. */
  public boolean isVisa() {
    return this == MRV_A || this == MRV_B;
  }
}
