package org.egate.simulator.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.egate.document.catalog.DocumentType;

/**
 * The document a simulated traveler presents at the gate, with the MRZ its reader returns.
 *
 * @param holderIdNumber the national ID number or resident certificate (uniform ID) number the
 *     MRZ's optional data carries
 */
public record TravelDocument(
    DocumentType type, String issuer, String number, LocalDate expiresOn, String holderIdNumber, List<String> mrzLines) {
  public TravelDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(expiresOn, "expiresOn");
    mrzLines = List.copyOf(mrzLines);
    if (mrzLines.size() < 2 || mrzLines.size() > 3) {
      throw new IllegalArgumentException("an MRZ has 2 or 3 lines but was " + mrzLines);
    }
  }

  /** The MRZ lines joined by line breaks, as ICAO prints them. */
  public String mrz() {
    return String.join("\n", mrzLines);
  }

  public boolean expiredOn(LocalDate day) {
    return expiresOn.isBefore(day);
  }
}
