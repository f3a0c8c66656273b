package org.egate.biometrics.face.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JPEG decoder whose pixels are those of the reference JS library's decoder (jpeg-js 0.4.4, a port
 * of pdf.js's decoder), written from its documented algorithm: integer Loeffler IDCT with the
 * poppler fixed-point constants and rounding, clamping to 0..255, nearest-neighbour (replicating)
 * chroma upsampling, and JFIF YCbCr to RGB in double precision truncated to 8 bits. ImageIO
 * (libjpeg, "fancy" triangular chroma upsampling, a different IDCT) differs by a grey level or two,
 * which moves landmarks by up to ~5 px on the 1920-px fixtures (decision 0035).
 *
 * <p>Handles what jpeg-js handles for 8-bit images: Huffman baseline, extended and progressive
 * frames with 1 or 3 components, restart intervals. Anything else (lossless, arithmetic coding,
 * 2 or 4 components, Adobe RGB without colour transform, a damaged stream) yields empty, and the
 * caller falls back to ImageIO with its own error reasons. Callers bound bytes and pixels first.
 */
final class ReferenceJpegDecoder {
  private static final int[] ZIGZAG = {
      0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
      35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};
  private static final int COS1 = 4017;
  private static final int SIN1 = 799;
  private static final int COS3 = 3406;
  private static final int SIN3 = 2276;
  private static final int COS6 = 1567;
  private static final int SIN6 = 3784;
  private static final int SQRT2 = 5793;
  private static final int SQRT1_2 = 2896;
  /** More scans than any encoder writes (progressive uses ~10): a hostile file cannot loop us long. */
  private static final int MAX_SCANS = 128;

  private ReferenceJpegDecoder() {
  }

  /** Thrown inside the decoder for anything it does not reproduce or cannot read. */
  private static final class NotDecodable extends RuntimeException {
    NotDecodable(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Component {
    final int id;
    final int h;
    final int v;
    final int tableIndex;
    int blocksPerLine;
    int blocksPerColumn;
    int blocksPerLineForMcu;
    int[] coefficients;
    int pred;
    Huffman dc;
    Huffman ac;

    Component(int id, int h, int v, int tableIndex) {
      this.id = id;
      this.h = h;
      this.v = v;
      this.tableIndex = tableIndex;
    }

    int block(int row, int col) {
      return (row * blocksPerLineForMcu + col) * 64;
    }
  }

  private static final class Frame {
    boolean progressive;
    int width;
    int height;
    int maxH = 1;
    int maxV = 1;
    int mcusPerLine;
    int mcusPerColumn;
    final List<Component> components = new ArrayList<>();
  }

  /** Canonical Huffman code, decoded length by length (the same code jpeg-js's tree encodes). */
  private static final class Huffman {
    final int[] maxCode = new int[17];
    final int[] offset = new int[17];
    final int[] values;

    Huffman(int[] lengths, int[] values) {
      this.values = values;
      int code = 0;
      int k = 0;
      for (int len = 1; len <= 16; len++) {
        offset[len] = k - code;
        code += lengths[len - 1];
        k += lengths[len - 1];
        maxCode[len] = lengths[len - 1] == 0 ? -1 : code - 1;
        code <<= 1;
      }
    }
  }

  static Optional<RgbImage> decode(byte[] data) {
    try {
      return Optional.of(new Parser(data).parse());
    } catch (NotDecodable | ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
      return Optional.empty();
    }
  }

  private static final class Parser {
    private final byte[] data;
    private int offset;
    private final int[][] quantization = new int[16][];
    private final Huffman[] dcTables = new Huffman[16];
    private final Huffman[] acTables = new Huffman[16];
    private Frame frame;
    private int resetInterval;
    private int adobeTransform = -1;
    private int scans;

    Parser(byte[] data) {
      this.data = data;
    }

    private int at(int i) {
      return i < data.length ? data[i] & 0xff : 0;
    }

    private int uint16() {
      int value = (at(offset) << 8) | at(offset + 1);
      offset += 2;
      return value;
    }

    RgbImage parse() {
      if (uint16() != 0xFFD8) {
        throw new NotDecodable("no SOI");
      }
      int marker = uint16();
      while (marker != 0xFFD9) {
        if (offset > data.length) {
          throw new NotDecodable("no EOI");
        }
        if ((marker >= 0xFFE0 && marker <= 0xFFEF) || marker == 0xFFFE) {
          int length = uint16();
          int start = offset;
          offset += Math.max(0, length - 2);
          if (marker == 0xFFEE && length >= 14 && at(start) == 'A' && at(start + 1) == 'd' && at(start + 2) == 'o'
              && at(start + 3) == 'b' && at(start + 4) == 'e' && at(start + 5) == 0) {
            adobeTransform = at(start + 11);
          }
        } else if (marker == 0xFFDB) {
          readQuantization();
        } else if (marker == 0xFFC0 || marker == 0xFFC1 || marker == 0xFFC2) {
          readFrame(marker == 0xFFC2);
        } else if (marker == 0xFFC4) {
          readHuffman();
        } else if (marker == 0xFFDD) {
          uint16();
          resetInterval = uint16();
        } else if (marker == 0xFFDC) {
          uint16();
          uint16();
        } else if (marker == 0xFFDA) {
          readScan();
        } else if (marker == 0xFFFF) {
          if (at(offset) != 0xFF) {
            offset--;
          }
        } else if (marker != 0xFF00) {
          if (offset >= 3 && at(offset - 3) == 0xFF && at(offset - 2) >= 0xC0 && at(offset - 2) <= 0xFE) {
            offset -= 3; // the encoder ate the last 0xFF of the previous segment (as jpeg-js recovers)
          } else {
            throw new NotDecodable("marker " + Integer.toHexString(marker));
          }
        }
        marker = uint16();
      }
      if (frame == null) {
        throw new NotDecodable("no frame");
      }
      return pixels();
    }

    private void readQuantization() {
      int end = uint16() + offset - 2;
      while (offset < end) {
        int spec = at(offset++);
        int[] table = new int[64];
        if (spec >> 4 == 0) {
          for (int j = 0; j < 64; j++) {
            table[ZIGZAG[j]] = at(offset++);
          }
        } else if (spec >> 4 == 1) {
          for (int j = 0; j < 64; j++) {
            table[ZIGZAG[j]] = uint16();
          }
        } else {
          throw new NotDecodable("DQT spec");
        }
        quantization[spec & 15] = table;
      }
    }

    private void readFrame(boolean progressive) {
      if (frame != null) {
        throw new NotDecodable("more than one frame");
      }
      uint16();
      Frame f = new Frame();
      f.progressive = progressive;
      if (at(offset++) != 8) {
        throw new NotDecodable("precision");
      }
      f.height = uint16();
      f.width = uint16();
      int count = at(offset++);
      if (count != 1 && count != 3) {
        throw new NotDecodable(count + " components");
      }
      for (int i = 0; i < count; i++) {
        int h = at(offset + 1) >> 4;
        int v = at(offset + 1) & 15;
        if (h < 1 || v < 1 || h > 4 || v > 4) {
          throw new NotDecodable("sampling factor");
        }
        f.components.add(new Component(at(offset), h, v, at(offset + 2)));
        f.maxH = Math.max(f.maxH, h);
        f.maxV = Math.max(f.maxV, v);
        offset += 3;
      }
      if (f.width < 1 || f.height < 1) {
        throw new NotDecodable("dimensions");
      }
      f.mcusPerLine = ceilDiv(ceilDiv(f.width, 8), f.maxH);
      f.mcusPerColumn = ceilDiv(ceilDiv(f.height, 8), f.maxV);
      for (Component c : f.components) {
        c.blocksPerLine = ceilDiv(ceilDiv(f.width, 8) * c.h, f.maxH);
        c.blocksPerColumn = ceilDiv(ceilDiv(f.height, 8) * c.v, f.maxV);
        c.blocksPerLineForMcu = f.mcusPerLine * c.h;
        c.coefficients = new int[Math.multiplyExact(Math.multiplyExact(f.mcusPerColumn * c.v, c.blocksPerLineForMcu), 64)];
      }
      frame = f;
    }

    private void readHuffman() {
      int length = uint16();
      for (int i = 2; i < length; ) {
        int spec = at(offset++);
        int[] lengths = new int[16];
        int sum = 0;
        for (int j = 0; j < 16; j++) {
          lengths[j] = at(offset++);
          sum += lengths[j];
        }
        int[] values = new int[sum];
        for (int j = 0; j < sum; j++) {
          values[j] = at(offset++);
        }
        i += 17 + sum;
        (spec >> 4 == 0 ? dcTables : acTables)[spec & 15] = new Huffman(lengths, values);
      }
    }

    private void readScan() {
      if (frame == null || ++scans > MAX_SCANS) {
        throw new NotDecodable("scan without frame, or too many scans");
      }
      uint16();
      int count = at(offset++);
      List<Component> components = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int id = at(offset++);
        int spec = at(offset++);
        Component c = frame.components.stream().filter(x -> x.id == id).findFirst()
            .orElseThrow(() -> new NotDecodable("scan names an unknown component"));
        c.dc = dcTables[spec >> 4];
        c.ac = acTables[spec & 15];
        components.add(c);
      }
      int spectralStart = at(offset++);
      int spectralEnd = at(offset++);
      int approximation = at(offset++);
      offset = new Scan(this, components, spectralStart, spectralEnd, approximation >> 4, approximation & 15).decode(offset);
    }

    private RgbImage pixels() {
      int width = frame.width;
      int height = frame.height;
      List<byte[]> planes = new ArrayList<>();
      List<Integer> strides = new ArrayList<>();
      for (Component c : frame.components) {
        int[] table = quantization[c.tableIndex];
        if (table == null) {
          throw new NotDecodable("no quantization table " + c.tableIndex);
        }
        planes.add(samples(c, table));
        strides.add(c.blocksPerLine * 8);
        c.coefficients = null;
      }
      byte[] rgb = new byte[Math.multiplyExact(width * height, 3)];
      if (frame.components.size() == 1) {
        Component c = frame.components.get(0);
        byte[] plane = planes.get(0);
        int stride = strides.get(0);
        double sx = (double) c.h / frame.maxH;
        double sy = (double) c.v / frame.maxV;
        int o = 0;
        for (int y = 0; y < height; y++) {
          int line = (int) (y * sy) * stride;
          for (int x = 0; x < width; x++) {
            byte g = plane[line + (int) (x * sx)];
            rgb[o++] = g;
            rgb[o++] = g;
            rgb[o++] = g;
          }
        }
        return new RgbImage(width, height, rgb);
      }
      if (adobeTransform == 0) {
        throw new NotDecodable("Adobe RGB without colour transform");
      }
      double[] sx = new double[3];
      double[] sy = new double[3];
      for (int k = 0; k < 3; k++) {
        sx[k] = (double) frame.components.get(k).h / frame.maxH;
        sy[k] = (double) frame.components.get(k).v / frame.maxV;
      }
      byte[] yPlane = planes.get(0);
      byte[] cbPlane = planes.get(1);
      byte[] crPlane = planes.get(2);
      int o = 0;
      for (int y = 0; y < height; y++) {
        int yLine = (int) (y * sy[0]) * strides.get(0);
        int cbLine = (int) (y * sy[1]) * strides.get(1);
        int crLine = (int) (y * sy[2]) * strides.get(2);
        for (int x = 0; x < width; x++) {
          int luma = yPlane[yLine + (int) (x * sx[0])] & 0xff;
          int cb = cbPlane[cbLine + (int) (x * sx[1])] & 0xff;
          int cr = crPlane[crLine + (int) (x * sx[2])] & 0xff;
          rgb[o++] = (byte) clamp(luma + 1.402 * (cr - 128));
          rgb[o++] = (byte) clamp(luma - 0.3441363 * (cb - 128) - 0.71413636 * (cr - 128));
          rgb[o++] = (byte) clamp(luma + 1.772 * (cb - 128));
        }
      }
      return new RgbImage(width, height, rgb);
    }

    /** Dequantize and inverse-transform every block of a component into its sample plane. */
    private static byte[] samples(Component c, int[] table) {
      int stride = c.blocksPerLine * 8;
      byte[] plane = new byte[Math.multiplyExact(stride, c.blocksPerColumn * 8)];
      int[] p = new int[64];
      for (int row = 0; row < c.blocksPerColumn; row++) {
        for (int col = 0; col < c.blocksPerLine; col++) {
          inverseTransform(c.coefficients, c.block(row, col), table, p);
          int base = row * 8 * stride + col * 8;
          for (int j = 0; j < 8; j++) {
            for (int i = 0; i < 8; i++) {
              int sample = 128 + ((p[j * 8 + i] + 8) >> 4);
              plane[base + j * stride + i] = (byte) (sample < 0 ? 0 : Math.min(sample, 255));
            }
          }
        }
      }
      return plane;
    }
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private static int clamp(double a) {
    return a < 0 ? 0 : a > 255 ? 255 : (int) a;
  }

  /**
   * The fixed-point Loeffler-Ligtenberg-Moschytz IDCT in the exact integer steps and rounding
   * offsets of poppler/pdf.js/jpeg-js: rows with 8 fractional bits, columns with 12, all-zero AC
   * shortcuts. Java int arithmetic wraps like the JS Int32Array stores do.
   */
  static void inverseTransform(int[] coefficients, int from, int[] table, int[] p) {
    for (int i = 0; i < 64; i++) {
      p[i] = coefficients[from + i] * table[i];
    }
    for (int r = 0; r < 64; r += 8) {
      if (p[1 + r] == 0 && p[2 + r] == 0 && p[3 + r] == 0 && p[4 + r] == 0 && p[5 + r] == 0 && p[6 + r] == 0 && p[7 + r] == 0) {
        int t = (SQRT2 * p[r] + 512) >> 10;
        for (int k = 0; k < 8; k++) {
          p[r + k] = t;
        }
        continue;
      }
      butterfly(p, r, 1, (SQRT2 * p[r] + 128) >> 8, (SQRT2 * p[4 + r] + 128) >> 8, p[2 + r], p[6 + r],
          (SQRT1_2 * (p[1 + r] - p[7 + r]) + 128) >> 8, p[3 + r] << 4, p[5 + r] << 4,
          (SQRT1_2 * (p[1 + r] + p[7 + r]) + 128) >> 8, 128, 8);
    }
    for (int col = 0; col < 8; col++) {
      if (p[8 + col] == 0 && p[16 + col] == 0 && p[24 + col] == 0 && p[32 + col] == 0 && p[40 + col] == 0
          && p[48 + col] == 0 && p[56 + col] == 0) {
        int t = (SQRT2 * p[col] + 8192) >> 14;
        for (int k = 0; k < 64; k += 8) {
          p[col + k] = t;
        }
        continue;
      }
      butterfly(p, col, 8, (SQRT2 * p[col] + 2048) >> 12, (SQRT2 * p[32 + col] + 2048) >> 12, p[16 + col], p[48 + col],
          (SQRT1_2 * (p[8 + col] - p[56 + col]) + 2048) >> 12, p[24 + col], p[40 + col],
          (SQRT1_2 * (p[8 + col] + p[56 + col]) + 2048) >> 12, 2048, 12);
    }
  }

  /** Stages 3 to 1 of the 1-D transform on one row (step 1) or column (step 8). */
  private static void butterfly(int[] p, int at, int step, int v0, int v1, int v2, int v3, int v4, int v5, int v6, int v7,
      int round6, int shift6) {
    int t = (v0 - v1 + 1) >> 1;
    v0 = (v0 + v1 + 1) >> 1;
    v1 = t;
    t = (v2 * SIN6 + v3 * COS6 + round6) >> shift6;
    v2 = (v2 * COS6 - v3 * SIN6 + round6) >> shift6;
    v3 = t;
    t = (v4 - v6 + 1) >> 1;
    v4 = (v4 + v6 + 1) >> 1;
    v6 = t;
    t = (v7 + v5 + 1) >> 1;
    v5 = (v7 - v5 + 1) >> 1;
    v7 = t;
    t = (v0 - v3 + 1) >> 1;
    v0 = (v0 + v3 + 1) >> 1;
    v3 = t;
    t = (v1 - v2 + 1) >> 1;
    v1 = (v1 + v2 + 1) >> 1;
    v2 = t;
    t = (v4 * SIN3 + v7 * COS3 + 2048) >> 12;
    v4 = (v4 * COS3 - v7 * SIN3 + 2048) >> 12;
    v7 = t;
    t = (v5 * SIN1 + v6 * COS1 + 2048) >> 12;
    v5 = (v5 * COS1 - v6 * SIN1 + 2048) >> 12;
    v6 = t;
    p[at] = v0 + v7;
    p[at + 7 * step] = v0 - v7;
    p[at + step] = v1 + v6;
    p[at + 6 * step] = v1 - v6;
    p[at + 2 * step] = v2 + v5;
    p[at + 5 * step] = v2 - v5;
    p[at + 3 * step] = v3 + v4;
    p[at + 4 * step] = v3 - v4;
  }

  /** One scan's entropy-coded data (baseline, or one progressive DC/AC first/refinement pass). */
  private static final class Scan {
    private final byte[] data;
    private final Frame frame;
    private final List<Component> components;
    private final int resetInterval;
    private final int spectralStart;
    private final int spectralEnd;
    private final int successivePrevious;
    private final int successive;
    private int offset;
    private int bits;
    private int bitCount;
    private int eobRun;
    private int refineState;
    private int refineNextValue;

    Scan(Parser parser, List<Component> components, int spectralStart, int spectralEnd, int successivePrevious, int successive) {
      this.data = parser.data;
      this.frame = parser.frame;
      this.components = components;
      this.resetInterval = parser.resetInterval;
      this.spectralStart = spectralStart;
      this.spectralEnd = Math.min(spectralEnd, 63);
      this.successivePrevious = successivePrevious;
      this.successive = successive;
    }

    private int at(int i) {
      return i < data.length ? data[i] & 0xff : 0;
    }

    private int readBit() {
      if (bitCount > 0) {
        bitCount--;
        return (bits >> bitCount) & 1;
      }
      bits = at(offset++);
      if (bits == 0xFF && at(offset++) != 0) {
        throw new NotDecodable("unexpected marker in entropy-coded data");
      }
      if (offset > data.length + 2) {
        throw new NotDecodable("entropy-coded data runs past the end");
      }
      bitCount = 7;
      return bits >>> 7;
    }

    private int decodeHuffman(Huffman table) {
      if (table == null) {
        throw new NotDecodable("scan uses an undefined Huffman table");
      }
      int code = 0;
      for (int len = 1; len <= 16; len++) {
        code = (code << 1) | readBit();
        if (code <= table.maxCode[len]) {
          return table.values[table.offset[len] + code];
        }
      }
      throw new NotDecodable("invalid Huffman sequence");
    }

    private int receive(int length) {
      int n = 0;
      for (int i = 0; i < length; i++) {
        n = (n << 1) | readBit();
      }
      return n;
    }

    private int receiveAndExtend(int length) {
      int n = receive(length);
      return n >= 1 << (length - 1) ? n : n + (-1 << length) + 1;
    }

    private void decodeBlock(Component c, int[] z, int b) {
      if (!frame.progressive) {
        int t = decodeHuffman(c.dc);
        int diff = t == 0 ? 0 : receiveAndExtend(t);
        c.pred += diff;
        z[b] = c.pred;
        for (int k = 1; k < 64; ) {
          int rs = decodeHuffman(c.ac);
          int s = rs & 15;
          int r = rs >> 4;
          if (s == 0) {
            if (r < 15) {
              break;
            }
            k += 16;
            continue;
          }
          k += r;
          if (k > 63) {
            throw new NotDecodable("coefficient index past 63");
          }
          z[b + ZIGZAG[k]] = receiveAndExtend(s);
          k++;
        }
      } else if (spectralStart == 0) {
        if (successivePrevious == 0) {
          int t = decodeHuffman(c.dc);
          int diff = t == 0 ? 0 : receiveAndExtend(t) << successive;
          c.pred += diff;
          z[b] = c.pred;
        } else {
          z[b] |= readBit() << successive;
        }
      } else if (successivePrevious == 0) {
        acFirst(c, z, b);
      } else {
        acRefine(c, z, b);
      }
    }

    private void acFirst(Component c, int[] z, int b) {
      if (eobRun > 0) {
        eobRun--;
        return;
      }
      for (int k = spectralStart; k <= spectralEnd; ) {
        int rs = decodeHuffman(c.ac);
        int s = rs & 15;
        int r = rs >> 4;
        if (s == 0) {
          if (r < 15) {
            eobRun = receive(r) + (1 << r) - 1;
            break;
          }
          k += 16;
          continue;
        }
        k += r;
        if (k > 63) {
          throw new NotDecodable("coefficient index past 63");
        }
        z[b + ZIGZAG[k]] = receiveAndExtend(s) * (1 << successive);
        k++;
      }
    }

    private void acRefine(Component c, int[] z, int b) {
      int k = spectralStart;
      int r = 0;
      while (k <= spectralEnd) {
        int i = b + ZIGZAG[k];
        int direction = z[i] < 0 ? -1 : 1;
        switch (refineState) {
          case 0 -> {
            int rs = decodeHuffman(c.ac);
            int s = rs & 15;
            r = rs >> 4;
            if (s == 0) {
              if (r < 15) {
                eobRun = receive(r) + (1 << r);
                refineState = 4;
              } else {
                r = 16;
                refineState = 1;
              }
            } else {
              if (s != 1) {
                throw new NotDecodable("invalid ACn encoding");
              }
              refineNextValue = receiveAndExtend(s);
              refineState = r != 0 ? 2 : 3;
            }
            continue;
          }
          case 1, 2 -> {
            if (z[i] != 0) {
              z[i] += (readBit() << successive) * direction;
            } else {
              r--;
              if (r == 0) {
                refineState = refineState == 2 ? 3 : 0;
              }
            }
          }
          case 3 -> {
            if (z[i] != 0) {
              z[i] += (readBit() << successive) * direction;
            } else {
              z[i] = refineNextValue << successive;
              refineState = 0;
            }
          }
          default -> {
            if (z[i] != 0) {
              z[i] += (readBit() << successive) * direction;
            }
          }
        }
        k++;
      }
      if (refineState == 4) {
        eobRun--;
        if (eobRun == 0) {
          refineState = 0;
        }
      }
    }

    /** Decodes from {@code start}; returns the offset of the marker that ends the scan. */
    int decode(int start) {
      offset = start;
      boolean single = components.size() == 1;
      int expected = single
          ? components.get(0).blocksPerLine * components.get(0).blocksPerColumn
          : frame.mcusPerLine * frame.mcusPerColumn;
      int interval = resetInterval == 0 ? expected : resetInterval;
      int mcu = 0;
      while (mcu < expected) {
        for (Component c : components) {
          c.pred = 0;
        }
        eobRun = 0;
        for (int n = 0; n < interval && mcu < expected; n++) {
          if (single) {
            Component c = components.get(0);
            decodeBlock(c, c.coefficients, c.block(mcu / c.blocksPerLine, mcu % c.blocksPerLine));
          } else {
            int mcuRow = mcu / frame.mcusPerLine;
            int mcuCol = mcu % frame.mcusPerLine;
            for (Component c : components) {
              for (int j = 0; j < c.v; j++) {
                for (int k = 0; k < c.h; k++) {
                  decodeBlock(c, c.coefficients, c.block(mcuRow * c.v + j, mcuCol * c.h + k));
                }
              }
            }
          }
          mcu++;
        }
        if (mcu == expected) {
          do {
            if (at(offset) == 0xFF && at(offset + 1) != 0) {
              break;
            }
            offset++;
          } while (offset < data.length - 2);
        }
        bitCount = 0;
        int marker = (at(offset) << 8) | at(offset + 1);
        if (marker < 0xFF00) {
          throw new NotDecodable("marker not found after scan data");
        }
        if (marker >= 0xFFD0 && marker <= 0xFFD7) {
          offset += 2;
        } else {
          break;
        }
      }
      return offset;
    }
  }
}
