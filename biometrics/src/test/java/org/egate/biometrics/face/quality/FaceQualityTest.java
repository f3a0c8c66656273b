package org.egate.biometrics.face.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality report on a gate-like 640x480 frame (one frontal person of face-api's sample5) and occluded variants of it. */
class FaceQualityTest {
  private static FaceModels models;
  private static FacePipeline pipeline;
  private static RgbImage photo;
  private static RgbImage frame;
  private static FaceAnalysis clean;
  private final FaceQuality quality = new FaceQuality(QualityThresholds.gate());

  @BeforeAll
  static void load() throws Exception {
    models = FaceModels.load(1);
    pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
    photo = RgbImage.fromBufferedImage(ImageIO.read(Path.of("models/node_modules/@vladmandic/face-api/demo/sample5.jpg").toFile()));
    frame = photo.crop(991, 96, 400, 440).onCanvas(640, 480, 120, 20, 128); // the one person, neighbours left out
    clean = pipeline.analyze(frame);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  private QualityReport of(BufferedImage image) throws Exception {
    return quality.assess(pipeline.analyze(RgbImage.fromBufferedImage(image)));
  }

  @Test
  void aCleanFrontalFaceIsAcceptable() {
    QualityReport report = quality.assess(clean);
    assertThat(report.failed()).isEmpty();
    assertThat(report.item(QualityCheck.FACE_COUNT).measured()).isEqualTo(1);
  }

  @Test
  void severalPeopleInViewIsPossibleTailgating() throws Exception {
    QualityReport report = quality.assess(pipeline.analyze(photo));
    assertThat(report.failed()).extracting(QualityItem::check).contains(QualityCheck.FACE_COUNT);
  }

  @Test
  void darkGlassesAreFlaggedThoughTheLandmarksStillPlaceTheEyes() throws Exception {
    QualityReport report = of(QualityCalibration.sunglasses(frame.toBufferedImage(), clean.landmarks(), new Random(1)));
    assertThat(report.failed()).extracting(QualityItem::check).contains(QualityCheck.EYES_OCCLUDED);
  }

  @Test
  void aHatIsFlagged() throws Exception {
    QualityReport report = of(QualityCalibration.hat(frame.toBufferedImage(), clean.landmarks(), new Random(2)));
    assertThat(report.failed()).extracting(QualityItem::check).contains(QualityCheck.HEAD_COVERED);
  }

  @Test
  void aBlurredFaceIsFlagged() throws Exception {
    // a blurred face is often not detected at all at the gate (NO_FACE); the enrollment search finds it
    FacePipeline enrollment = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
    QualityReport report = quality.assess(enrollment.analyze(RgbImage.fromBufferedImage(QualityCalibration.blur(frame.toBufferedImage(), 6))));
    assertThat(report.failed()).as("sharpness %s", report.item(QualityCheck.SHARPNESS)).extracting(QualityItem::check).contains(QualityCheck.SHARPNESS);
  }
}
