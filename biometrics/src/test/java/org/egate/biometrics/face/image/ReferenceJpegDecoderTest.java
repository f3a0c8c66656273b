package org.egate.biometrics.face.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our reference-identical JPEG decoder against jpeg-js 0.4.4 on small fixtures (97x61, written by
 * ImageIO) covering what the face fixtures do not: progressive scans (DC/AC first and refinement),
 * greyscale, 4:2:0 chroma, restart intervals and sizes that are not a multiple of the MCU.
 */
class ReferenceJpegDecoderTest {
  private static final String DIR = "/org/egate/biometrics/face/image/";

  @ParameterizedTest
  @ValueSource(strings = {"baseline-grey.jpg", "progressive-grey.jpg", "progressive-colour.jpg", "restart-colour.jpg"})
  void pixelsAreThoseOfJpegJs(String name) throws Exception {
    JsonNode want = expected().get("images").get(name);
    RgbImage ours = ReferenceJpegDecoder.decode(bytes(name)).orElseThrow();
    assertThat(ours.width()).isEqualTo(want.get("width").asInt());
    assertThat(ours.height()).isEqualTo(want.get("height").asInt());
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ours.rgb()))).isEqualTo(want.get("rgbSha256").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"progressive-colour.jpg", "restart-colour.jpg"})
  void imageIoDiffersOnlyByAFewGreyLevels(String name) throws Exception {
    RgbImage ours = ImageDecoder.standard().decode(bytes(name));
    RgbImage imageIo = ImageDecoder.standard().withJpegDecoding(JpegDecoding.IMAGE_IO).decode(bytes(name));
    double sum = 0;
    for (int i = 0; i < ours.rgb().length; i++) {
      sum += Math.abs((ours.rgb()[i] & 0xff) - (imageIo.rgb()[i] & 0xff));
    }
    // chroma upsampling differs (replicated vs interpolated) on this noisy fixture: a few levels on average
    assertThat(sum / ours.rgb().length).isLessThan(6.0);
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 600, 1200})
  void aDamagedStreamIsNotDecodedByItAndTheDecoderStillSaysCorruptOrDecodes(int at) throws Exception {
    byte[] data = bytes("progressive-colour.jpg");
    data[at] = (byte) 0xFF;
    data[at + 1] = (byte) 0xC3; // a lossless-frame marker in the middle of the data
    assertThat(ReferenceJpegDecoder.decode(data)).isEmpty();
    // the ImageIO fallback decides: either it decodes what it can or it names the damage
    try {
      assertThat(ImageDecoder.standard().decode(data).width()).isEqualTo(97);
    } catch (FaceImageException e) {
      assertThat(e.reason()).isEqualTo(FaceReason.IMAGE_CORRUPT);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"baseline-grey.jpg", "progressive-colour.jpg"})
  void garbageEntropyDataNeverCrashes(String name) throws Exception {
    byte[] data = bytes(name);
    java.util.Random random = new java.util.Random(1);
    for (int trial = 0; trial < 50; trial++) {
      byte[] bad = data.clone();
      for (int k = 0; k < 20; k++) {
        bad[700 + random.nextInt(bad.length - 702)] = (byte) random.nextInt(256);
      }
      try {
        ImageDecoder.standard().decode(bad);
      } catch (FaceImageException e) {
        assertThat(e.reason()).isIn(FaceReason.IMAGE_CORRUPT, FaceReason.IMAGE_TRUNCATED);
      }
    }
    assertThatThrownBy(() -> ImageDecoder.standard().decode(java.util.Arrays.copyOf(data, 100)))
        .isInstanceOfSatisfying(FaceImageException.class, e -> assertThat(e.reason()).isEqualTo(FaceReason.IMAGE_TRUNCATED));
  }

  private static JsonNode expected() throws Exception {
    try (InputStream in = ReferenceJpegDecoderTest.class.getResourceAsStream(DIR + "jpeg-js.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static byte[] bytes(String name) throws Exception {
    try (InputStream in = ReferenceJpegDecoderTest.class.getResourceAsStream(DIR + name)) {
      return in.readAllBytes();
    }
  }
}
