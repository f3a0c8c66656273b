package org.egate.biometrics.face.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceReason;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
  private final ImageDecoder decoder = ImageDecoder.standard();

  @Test
  void decodesAJpegAndAPng() throws Exception {
    assertThat(decoder.decode(encode(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg")).width()).isEqualTo(64);
    assertThat(decoder.decode(encode(new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY), "png")).height()).isEqualTo(48);
  }

  @Test
  void aGreyPngKeepsItsGreyLevels() throws Exception {
    BufferedImage grey = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
    int[] levels = {0, 64, 128, 255, 1, 100, 200, 254};
    grey.getRaster().setSamples(0, 0, 4, 2, 0, levels);
    RgbImage decoded = decoder.decode(encode(grey, "png"));
    for (int i = 0; i < levels.length; i++) {
      // as stored, not converted from "linear" grey to sRGB (128 would become about 188)
      assertThat(decoded.red(i % 4, i / 4)).isEqualTo(levels[i]);
      assertThat(decoded.green(i % 4, i / 4)).isEqualTo(levels[i]);
      assertThat(decoded.blue(i % 4, i / 4)).isEqualTo(levels[i]);
    }
  }

  @Test
  void zeroBytesIsEmpty() {
    assertReason(new byte[0], FaceReason.IMAGE_EMPTY);
  }

  @Test
  void fiftyMegabytesIsTooLargeBeforeAnythingIsParsed() {
    byte[] huge = new byte[50 * 1024 * 1024];
    huge[0] = (byte) 0xFF;
    huge[1] = (byte) 0xD8;
    assertReason(huge, FaceReason.IMAGE_TOO_LARGE);
  }

  @Test
  void aHeaderClaimingGigapixelsIsRejectedBeforeDecoding() throws Exception {
    byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png");
    png[16] = 0;
    png[17] = 1; // width 65536 + 8
    png[20] = 0;
    png[21] = 1;
    assertReason(png, FaceReason.IMAGE_TOO_MANY_PIXELS);
  }

  @Test
  void aTruncatedJpegSaysTruncated() throws Exception {
    byte[] jpg = encode(noise(200, 150), "jpg");
    assertReason(Arrays.copyOf(jpg, jpg.length / 2), FaceReason.IMAGE_TRUNCATED);
  }

  @Test
  void garbageAfterTheJpegSignatureIsCorrupt() {
    byte[] data = new byte[1000];
    Arrays.fill(data, (byte) 0x42);
    data[0] = (byte) 0xFF;
    data[1] = (byte) 0xD8;
    assertReason(data, FaceReason.IMAGE_CORRUPT);
  }

  @Test
  void aCmykJpegIsRejectedFromItsFrameHeader() {
    byte[] sof = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 20, 8, 0, 16, 0, 16, 4,
        1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
    assertReason(sof, FaceReason.IMAGE_CMYK);
  }

  @Test
  void a16BitPngIsRejected() throws Exception {
    assertReason(encode(new BufferedImage(32, 32, BufferedImage.TYPE_USHORT_GRAY), "png"), FaceReason.IMAGE_16_BIT);
  }

  @Test
  void otherFormatsAreUnsupported() {
    assertReason("GIF89a and so on".getBytes(java.nio.charset.StandardCharsets.US_ASCII), FaceReason.IMAGE_UNSUPPORTED_FORMAT);
  }

  private void assertReason(byte[] data, FaceReason reason) {
    assertThatThrownBy(() -> decoder.decode(data)).isInstanceOfSatisfying(FaceImageException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  static BufferedImage noise(int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }

  static byte[] encode(BufferedImage image, String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }
}
