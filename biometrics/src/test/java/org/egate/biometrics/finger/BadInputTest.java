package org.egate.biometrics.finger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

/** Every bad input gets its own reason, with value and threshold where there is one; none crashes. */
class BadInputTest {
  private final FingerprintEngine engine = FingerprintEngine.withDefaults();

  private QualityIssue rejection(byte[] data) {
    return rejection(engine, data, OptionalDouble.empty());
  }

  private static QualityIssue rejection(FingerprintEngine engine, byte[] data, OptionalDouble dpi) {
    FingerprintRejectedException e =
        catchThrowableOfType(FingerprintRejectedException.class, () -> engine.enroll(data, dpi));
    assertThat(e).as("rejected").isNotNull();
    // assess() reports the same reason without throwing.
    assertThat(engine.assess(data, dpi).rejection()).contains(e.issue());
    return e.issue();
  }

  private static byte[] encode(BufferedImage image, String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  private static BufferedImage gray(int width, int height, int value) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] pixels = new byte[width * height];
    Arrays.fill(pixels, (byte) value);
    image.getRaster().setDataElements(0, 0, width, height, pixels);
    return image;
  }

  @Test
  void zeroBytesIsEmptyInput() {
    assertThat(rejection(new byte[0]).reason()).isEqualTo(RejectReason.EMPTY_INPUT);
  }

  @Test
  void fiftyMegabytesIsRefusedBeforeDecoding() {
    QualityIssue issue = rejection(new byte[50 << 20]);
    assertThat(issue.reason()).isEqualTo(RejectReason.INPUT_TOO_LARGE);
    assertThat(issue.value()).isEqualTo(50 << 20);
    assertThat(issue.threshold()).isEqualTo(16 << 20);
  }

  @Test
  void randomBytesAreUnreadable() {
    byte[] noise = new byte[4096];
    new Random(1).nextBytes(noise);
    assertThat(rejection(noise).reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
  }

  @Test
  void truncatedPngAndTiffAreUnreadable() {
    byte[] png = SharedData.read("sourceafis/matching.png");
    assertThat(rejection(Arrays.copyOf(png, png.length / 2)).reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
    byte[] tif = SharedData.read("fvc2002/DB1_B/101_1.tif");
    assertThat(rejection(Arrays.copyOf(tif, tif.length / 2)).reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
    assertThat(rejection(Arrays.copyOf(tif, 6)).reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
  }

  @Test
  void truncatedJpegIsUnreadableNotGreyFilled() {
    byte[] jpeg = SharedData.read("sourceafis/probe.jpeg");
    QualityIssue issue = rejection(Arrays.copyOf(jpeg, jpeg.length / 2));
    assertThat(issue.reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
  }

  @Test
  void corruptWsqIsUnreadable() {
    byte[] wsq = SharedData.read("wsq/fp.wsq");
    assertThat(rejection(Arrays.copyOf(wsq, 40)).reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
    byte[] damaged = wsq.clone();
    Arrays.fill(damaged, damaged.length / 3, damaged.length, (byte) 0x5a);
    assertThat(rejection(damaged).reason()).isEqualTo(RejectReason.UNREADABLE_IMAGE);
  }

  @Test
  void headerClaimingTooManyPixelsIsRefusedBeforeDecoding() throws Exception {
    byte[] png = encode(gray(8, 8, 200), "png");
    // IHDR data starts at 16: width, height (big-endian int32); its CRC covers bytes 12..28.
    ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
    QualityIssue issue = rejection(png);
    assertThat(issue.reason()).isEqualTo(RejectReason.IMAGE_TOO_LARGE);
    assertThat(issue.value()).isEqualTo(1e10);
    assertThat(issue.threshold()).isEqualTo(12_000_000);
  }

  @Test
  void imageLargerThanAFingerIsRefusedBeforeExtraction() throws Exception {
    QualityIssue issue = rejection(encode(gray(1200, 800, 200), "png"));
    assertThat(issue.reason()).isEqualTo(RejectReason.IMAGE_TOO_LARGE);
    assertThat(issue.value()).isCloseTo(1200 * 25.4 / 500, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(issue.threshold()).isEqualTo(50.8);
    // The same pixels declared at 1000 dpi are a 30 mm image: accepted as far as size goes.
    assertThat(rejection(engine, encode(gray(1200, 800, 200), "png"), java.util.OptionalDouble.of(1000)).reason())
        .isEqualTo(RejectReason.NO_RIDGES);
  }

  @Test
  void sixteenBitGreyIsAnUnsupportedPixelFormat() throws Exception {
    BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_USHORT_GRAY);
    QualityIssue issue = rejection(encode(image, "png"));
    assertThat(issue.reason()).isEqualTo(RejectReason.UNSUPPORTED_PIXEL_FORMAT);
    assertThat(issue.value()).isEqualTo(16);
    assertThat(issue.threshold()).isEqualTo(8);
  }

  @Test
  void cmykJpegIsAnUnsupportedPixelFormat() throws Exception {
    WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 400, 400, 4, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(new IIOImage(raster, null, null)); // four channels, no colour space: CMYK
    } finally {
      writer.dispose();
    }
    assertThat(rejection(out.toByteArray()).reason()).isEqualTo(RejectReason.UNSUPPORTED_PIXEL_FORMAT);
  }

  @Test
  void blankImageHasNoRidges() throws Exception {
    QualityIssue issue = rejection(encode(gray(400, 400, 230), "png"));
    assertThat(issue.reason()).isEqualTo(RejectReason.NO_RIDGES);
    assertThat(issue.value()).isZero();
    assertThat(issue.threshold()).isEqualTo(FingerprintParameters.DEFAULTS.minRidgeAreaMm2());
  }

  @Test
  void pureNoiseHasNoRidges() throws Exception {
    BufferedImage image = gray(400, 400, 0);
    Random random = new Random(5);
    byte[] pixels = new byte[400 * 400];
    random.nextBytes(pixels);
    image.getRaster().setDataElements(0, 0, 400, 400, pixels);
    assertThat(rejection(encode(image, "png")).reason()).isEqualTo(RejectReason.NO_RIDGES);
  }

  @Test
  void tinyImageIsTooSmall() throws Exception {
    QualityIssue issue = rejection(encode(gray(60, 60, 200), "png"));
    assertThat(issue.reason()).isEqualTo(RejectReason.TOO_SMALL);
    assertThat(issue.value()).isCloseTo(60 * 25.4 / 500, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void smallCropOfARealPrintIsTooSmall() throws Exception {
    GrayscaleImage full = engine.decode(SharedData.read("fvc2002/DB1_B/101_1.tif"), OptionalDouble.empty());
    int side = 130; // 6.6 mm: at most 43 mm² of ridges, most of it less
    byte[] crop = new byte[side * side];
    int x0 = full.width() / 2 - side / 2;
    int y0 = full.height() / 2 - side / 2;
    for (int y = 0; y < side; y++) {
      System.arraycopy(full.pixels(), (y0 + y) * full.width() + x0, crop, y * side, side);
    }
    FingerprintRejectedException e = catchThrowableOfType(FingerprintRejectedException.class,
        () -> engine.enroll(new GrayscaleImage(side, side, crop, 500)));
    assertThat(e.reason()).isIn(RejectReason.TOO_SMALL, RejectReason.TOO_FEW_MINUTIAE);
  }

  @Test
  void unsupportedResolutionIsNamed() {
    QualityIssue issue = rejection(engine, SharedData.read("fvc2002/DB1_B/101_1.tif"), OptionalDouble.of(100));
    assertThat(issue.reason()).isEqualTo(RejectReason.UNSUPPORTED_RESOLUTION);
    assertThat(issue.value()).isEqualTo(100);
  }

  @Test
  void decodingIsBoundedInTime() throws Exception {
    BufferedImage big = gray(3000, 3000, 0);
    byte[] pixels = new byte[3000 * 3000];
    new Random(3).nextBytes(pixels);
    big.getRaster().setDataElements(0, 0, 3000, 3000, pixels);
    byte[] png = encode(big, "png");
    FingerprintParameters tight = new FingerprintParameters(16L << 20, 12_000_000L, Duration.ofMillis(1), 500, 250, 1500, 6, 1000, 0.8, 6, 0.25, 4, 40, 8);
    QualityIssue issue = rejection(new FingerprintEngine(tight, ComparisonMode.SYMMETRIC_MEAN), png, OptionalDouble.empty());
    assertThat(issue.reason()).isEqualTo(RejectReason.DECODE_TIMEOUT);
  }

  @Test
  void unreadableAndTooSparseTemplates() {
    byte[] noise = new byte[200];
    new Random(9).nextBytes(noise);
    assertThat(catchThrowableOfType(FingerprintRejectedException.class, () -> engine.importTemplate(noise)).reason())
        .isEqualTo(RejectReason.UNREADABLE_TEMPLATE);
    assertThat(catchThrowableOfType(FingerprintRejectedException.class, () -> engine.importTemplate(new byte[0])).reason())
        .isEqualTo(RejectReason.EMPTY_INPUT);
    byte[] iso = SharedData.read("sourceafis/iso-probe.dat");
    assertThat(catchThrowableOfType(FingerprintRejectedException.class, () -> engine.importTemplate(Arrays.copyOf(iso, 30))).reason())
        .isEqualTo(RejectReason.UNREADABLE_TEMPLATE);
  }
}
