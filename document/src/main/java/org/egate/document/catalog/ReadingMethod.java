package org.egate.document.catalog;

/**
 * How a document's data gets into the system: one of the ICAO Doc 9303 machine-readable zone
 * formats, or typed in by an officer from the visual zone.
 */
public enum ReadingMethod {
  /** ICAO 9303 Part 4: passport booklet, 2 lines of 44. */
  MRZ_TD3(true),
  /** ICAO 9303 Part 5: card, 3 lines of 30. */
  MRZ_TD1(true),
  /** ICAO 9303 Part 6: 2 lines of 36. */
  MRZ_TD2(true),
  /** No MRZ: the counter officer reads the visual zone and types the fields in. */
  MANUAL(false);

  private final boolean machineReadable;

  ReadingMethod(boolean machineReadable) {
    this.machineReadable = machineReadable;
  }

  /** Whether a gate's document reader can read it without an officer. */
  public boolean machineReadable() {
    return machineReadable;
  }
}
