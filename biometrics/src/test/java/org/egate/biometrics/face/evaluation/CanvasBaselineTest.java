package org.egate.biometrics.face.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;
import org.junit.jupiter.api.Test;

class CanvasBaselineTest {
  @Test
  void findsATightlyCroppedFaceOnItsCanvasAndNothingInABlankImage() throws Exception {
    RgbImage photo = ImageDecoder.standard().decode(Files.readAllBytes(Path.of("models/node_modules/@vladmandic/face-api/demo/sample5.jpg")));
    byte[] grey = new byte[300 * 300 * 3];
    java.util.Arrays.fill(grey, (byte) 90);
    try (FaceModels models = FaceModels.load(1)) {
      CanvasBaseline baseline = new CanvasBaseline(models);
      assertThat(baseline.finds(photo.crop(1050, 180, 280, 300))).isTrue();
      assertThat(baseline.finds(new RgbImage(300, 300, grey))).isFalse();
    }
  }
}
