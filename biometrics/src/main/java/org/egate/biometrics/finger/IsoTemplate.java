package org.egate.biometrics.finger;

import java.nio.charset.StandardCharsets;

/**
 * Reads the parts of an ISO/IEC 19794-2:2005 finger minutiae record that egate checks without
 * SourceAFIS: the format identifier and the minutiae count of the first finger view.
 *
 * <p>Layout: "FMR\0", version " 20\0", record length (4 bytes), capture equipment (2), width (2),
 * height (2), x and y resolution (2 + 2), view count (1), reserved (1); then per view: finger
 * position, view number and impression type, finger quality, minutiae count (1 byte each).
 */
final class IsoTemplate {
  private static final int HEADER = 24;
  private static final int MINUTIAE_COUNT_AT = HEADER + 3;

  private IsoTemplate() {}

  static boolean isIso2005(byte[] data) {
    return data.length > MINUTIAE_COUNT_AT
        && new String(data, 0, 8, StandardCharsets.ISO_8859_1).equals("FMR\0 20\0");
  }

  /** Minutiae in the first view of an ISO 19794-2:2005 record. */
  static int minutiaeCount(byte[] data) {
    if (!isIso2005(data)) {
      throw new IllegalArgumentException("not an ISO/IEC 19794-2:2005 record (" + data.length + " bytes)");
    }
    return data[MINUTIAE_COUNT_AT] & 0xff;
  }
}
