package org.egate.biometrics.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FacePipelineTest {
  private static final Path SAMPLES = Path.of("models/node_modules/@vladmandic/face-api/demo");
  private static FaceModels models;

  @BeforeAll
  static void load() {
    models = FaceModels.load(1);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  private static FacePipeline pipeline(FaceParameters parameters) {
    return new FacePipeline(models, ImageDecoder.standard(), parameters);
  }

  @Test
  void aSceneWithSeveralPeopleReportsEveryFaceAndDescribesTheLargest() throws Exception {
    FaceAnalysis a = pipeline(FaceParameters.enrollment()).analyze(Files.readAllBytes(SAMPLES.resolve("sample1.jpg")));
    assertThat(a.faces()).hasSize(3);
    assertThat(a.foundBy()).isEqualTo(FoundBy.DETECTOR);
    assertThat(a.landmarks().interEyeDistance()).isGreaterThan(30);
  }

  @Test
  void theSameFaceCroppedTightlyStillMatchesItselfInTheScene() throws Exception {
    FacePipeline pipeline = pipeline(FaceParameters.enrollment());
    FaceAnalysis scene = pipeline.analyze(Files.readAllBytes(SAMPLES.resolve("sample1.jpg")));
    var box = scene.faceBox();
    RgbImage tight = scene.image().cropFilled((int) box.x(), (int) box.y(), (int) box.width(), (int) box.height(), 0);
    FaceAnalysis crop = pipeline.analyze(tight);
    assertThat(crop.descriptor().distance(scene.descriptor())).isLessThan(0.3);
  }

  @Test
  void aGateFrameAtTheSmallerDetectorInputFindsTheSameFaceAsFaceApisSize() throws Exception {
    RgbImage photo = RgbImage.fromBufferedImage(javax.imageio.ImageIO.read(SAMPLES.resolve("sample5.jpg").toFile()));
    RgbImage frame = photo.crop(991, 96, 400, 440).onCanvas(640, 480, 120, 20, 128); // the one person, neighbours left out
    FaceAnalysis gate = pipeline(FaceParameters.gate()).analyze(frame);
    FaceAnalysis full = pipeline(FaceParameters.enrollment()).analyze(frame);
    assertThat(gate.faces()).hasSize(1);
    assertThat(gate.descriptor().distance(full.descriptor())).isLessThan(0.1);
  }

  @Test
  void aBlankFrameAtTheGateHasNoFace() {
    RgbImage grey = new RgbImage(640, 480, filled(640 * 480 * 3, 128));
    assertThatThrownBy(() -> pipeline(FaceParameters.gate()).analyze(grey))
        .isInstanceOfSatisfying(FaceImageException.class, e -> assertThat(e.reason()).isEqualTo(FaceReason.NO_FACE));
  }

  @Test
  void noiseIsNotTakenForAnAlreadyCroppedFace() {
    RgbImage noise = RgbImage.fromBufferedImage(org.egate.biometrics.face.image.ImageDecoderTestAccess.noise(300, 300));
    assertThatThrownBy(() -> pipeline(FaceParameters.enrollment()).analyze(noise))
        .isInstanceOfSatisfying(FaceImageException.class, e -> assertThat(e.reason()).isEqualTo(FaceReason.NO_FACE));
  }

  @Test
  void aFaceFarFromTheCameraIsTooSmall() throws Exception {
    FaceAnalysis scene = pipeline(FaceParameters.enrollment()).analyze(Files.readAllBytes(SAMPLES.resolve("sample1.jpg")));
    RgbImage small = RgbImage.fromBufferedImage(scaled(scene.image().toBufferedImage(), 0.08));
    assertThatThrownBy(() -> pipeline(new FaceParameters(512, 0.3, 0.3, new double[0], 10, 30, false, 0.12)).analyze(small))
        .isInstanceOfSatisfying(FaceImageException.class,
            e -> assertThat(e.reason()).isIn(FaceReason.FACE_TOO_SMALL, FaceReason.NO_FACE));
  }

  @Test
  void mirrorAveragingBringsAFaceAndItsMirrorImageCloser() throws Exception {
    RgbImage photo = pipeline(FaceParameters.enrollment()).decode(Files.readAllBytes(SAMPLES.resolve("sample5.jpg")));
    RgbImage face = photo.crop(991, 96, 400, 440);
    RgbImage mirrored = mirror(face);
    FacePipeline plain = pipeline(FaceParameters.enrollment().withMirrorAveraging(false));
    FacePipeline averaged = pipeline(FaceParameters.enrollment().withMirrorAveraging(true));
    double plainDistance = plain.analyze(face).descriptor().distance(plain.analyze(mirrored).descriptor());
    double averagedDistance = averaged.analyze(face).descriptor().distance(averaged.analyze(mirrored).descriptor());
    System.err.printf("face vs its mirror image: plain %.4f, mirror-averaged %.4f%n", plainDistance, averagedDistance);
    // a face and its mirror image: the two passes each see both views, so only landmark noise is left
    assertThat(averagedDistance).isLessThan(plainDistance / 2);
    assertThat(averaged.analyze(face).descriptor().distance(plain.analyze(face).descriptor())).isBetween(0.0001, 0.3);
  }

  @Test
  void theParametersBeforeMirrorAveragingStillConstructWithItOff() {
    FaceParameters p = new FaceParameters(512, 0.5, 0.3, new double[] {2.0}, 10, 30, true, 0.12);
    assertThat(p.mirrorAveraging()).isFalse();
    assertThat(p.withMirrorAveraging(true).mirrorAveraging()).isTrue();
    assertThat(p.withMirrorAveraging(true).withMirrorAveraging(false)).usingRecursiveComparison().isEqualTo(p);
  }

  static RgbImage mirror(RgbImage in) {
    byte[] out = new byte[in.rgb().length];
    byte[] src = in.rgb();
    for (int y = 0; y < in.height(); y++) {
      for (int x = 0; x < in.width(); x++) {
        System.arraycopy(src, (y * in.width() + x) * 3, out, (y * in.width() + in.width() - 1 - x) * 3, 3);
      }
    }
    return new RgbImage(in.width(), in.height(), out);
  }

  static byte[] filled(int n, int v) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) v);
    return b;
  }

  static java.awt.image.BufferedImage scaled(java.awt.image.BufferedImage in, double f) {
    int w = (int) (in.getWidth() * f);
    int h = (int) (in.getHeight() * f);
    java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var g = out.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(in, 0, 0, w, h, null);
    g.dispose();
    return out;
  }
}
