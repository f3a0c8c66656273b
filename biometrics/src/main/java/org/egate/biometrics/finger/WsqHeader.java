package org.egate.biometrics.finger;

/**
 * Reads the frame size of a WSQ file (FBI IAFIS-IC-0110) from its SOF marker without decoding,
 * so that the pixel budget is enforced before the decoder allocates anything.
 */
final class WsqHeader {
  static final int SOI = 0xFFA0;
  private static final int SOF = 0xFFA2;

  private WsqHeader() {}

  static boolean isWsq(byte[] data) {
    return data.length >= 2 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xA0;
  }

  /** Returns {width, height}; throws if no frame header is found within the data. */
  static int[] frameSize(byte[] data) throws FingerprintRejectedException {
    int pos = 2;
    while (pos + 4 <= data.length) {
      int marker = u16(data, pos);
      if ((marker & 0xFF00) != 0xFF00) {
        break;
      }
      int length = u16(data, pos + 2);
      if (marker == SOF) {
        // SOF: length(2) black(1) white(1) height(2) width(2) ...
        if (pos + 10 > data.length) {
          break;
        }
        return new int[] {u16(data, pos + 8), u16(data, pos + 6)};
      }
      if (length < 2) {
        break;
      }
      pos += 2 + length;
    }
    throw new FingerprintRejectedException(
        QualityIssue.of(RejectReason.UNREADABLE_IMAGE, "WSQ data has no readable frame header (corrupt or truncated)"));
  }

  private static int u16(byte[] d, int at) {
    return ((d[at] & 0xff) << 8) | (d[at + 1] & 0xff);
  }
}
