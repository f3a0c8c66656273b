package org.egate.biometrics.face.image;

import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceReason;

/**
 * What the JPEG (SOF segment) or PNG (IHDR chunk) header says, read without decoding pixels; and
 * whether the file carries its end marker (JPEG EOI, PNG IEND), which a truncated file lacks.
 */
record ImageHeader(int width, int height, int bitsPerSample, int components, boolean complete, boolean jpeg) {

  static ImageHeader read(byte[] d) throws FaceImageException {
    if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
      return png(d);
    }
    if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8) {
      return jpeg(d);
    }
    throw new FaceImageException(FaceReason.IMAGE_UNSUPPORTED_FORMAT, "unknown signature");
  }

  private static ImageHeader png(byte[] d) throws FaceImageException {
    if (d.length < 33 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
      throw new FaceImageException(d.length < 33 ? FaceReason.IMAGE_TRUNCATED : FaceReason.IMAGE_CORRUPT, "no PNG IHDR chunk");
    }
    int width = int32(d, 16);
    int height = int32(d, 20);
    int depth = d[24] & 0xff;
    int colourType = d[25] & 0xff;
    int components = switch (colourType) {
      case 0 -> 1;
      case 2 -> 3;
      case 3 -> 1;
      case 4 -> 2;
      case 6 -> 4 - 1; // RGBA: alpha is not a colour component
      default -> throw new FaceImageException(FaceReason.IMAGE_CORRUPT, "PNG colour type " + colourType);
    };
    boolean complete = d.length >= 12 && d[d.length - 8] == 'I' && d[d.length - 7] == 'E' && d[d.length - 6] == 'N' && d[d.length - 5] == 'D';
    return new ImageHeader(width, height, depth, components, complete, false);
  }

  private static ImageHeader jpeg(byte[] d) throws FaceImageException {
    int i = 2;
    while (i + 4 <= d.length) {
      if ((d[i] & 0xff) != 0xFF) {
        throw new FaceImageException(FaceReason.IMAGE_CORRUPT, "bad JPEG marker at byte " + i);
      }
      int marker = d[i + 1] & 0xff;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      int length = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
      boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof) {
        if (i + 10 > d.length) {
          break;
        }
        int precision = d[i + 4] & 0xff;
        int height = ((d[i + 5] & 0xff) << 8) | (d[i + 6] & 0xff);
        int width = ((d[i + 7] & 0xff) << 8) | (d[i + 8] & 0xff);
        int components = d[i + 9] & 0xff;
        return new ImageHeader(width, height, precision, components, jpegEnds(d), true);
      }
      i += 2 + length;
    }
    throw new FaceImageException(FaceReason.IMAGE_TRUNCATED, "no JPEG frame header in " + d.length + " bytes");
  }

  /** EOI (FFD9) near the end; some writers pad a few bytes after it. */
  private static boolean jpegEnds(byte[] d) {
    for (int i = d.length - 2; i >= Math.max(0, d.length - 64); i--) {
      if ((d[i] & 0xff) == 0xFF && (d[i + 1] & 0xff) == 0xD9) {
        return true;
      }
    }
    return false;
  }

  private static int int32(byte[] d, int at) {
    return ((d[at] & 0xff) << 24) | ((d[at + 1] & 0xff) << 16) | ((d[at + 2] & 0xff) << 8) | (d[at + 3] & 0xff);
  }
}
