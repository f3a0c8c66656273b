package org.egate.lane.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.FaceApiTemplate;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.biometric.FaceApiMatcher;
import org.egate.lane.biometric.FaceApiMatcherOcclusionTest;
import org.egate.lane.biometric.FaceApiMatcherTest;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.Prompt;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.LaneRig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture loop on the real engine, no shared data needed (face-api's demo photos): assess ->
 * prompt -> next frame -> compare at the measured threshold; several faces abort as tailgating.
 */
class RealFaceCaptureLoopTest {
  static FaceModels models;
  @TempDir Path dir;

  @BeforeAll
  static void load() {
    assumeTrue(Files.isDirectory(FaceApiMatcherTest.DEMO), "face-api demo images not found");
    models = FaceModels.load(1);
  }

  @AfterAll
  static void close() {
    if (models != null) {
      models.close();
    }
  }

  /** Enrolled from the portrait crop (no scene around it), as the server's enrollment pipeline does. */
  private static BiometricSet enrolledFromSample5() throws Exception {
    RgbImage photo = RgbImage.fromBufferedImage(ImageIO.read(FaceApiMatcherTest.DEMO.resolve("sample5.jpg").toFile()));
    FacePipeline enrollment = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
    return BiometricSet.faceOnly(BiometricTemplate.face(FaceApiTemplate.FORMAT,
        FaceApiTemplate.encode(enrollment.analyze(photo.crop(1040, 130, 300, 360)).descriptor())));
  }

  private Path write(String name, BufferedImage image) throws Exception {
    return Files.write(dir.resolve(name), FaceApiMatcherOcclusionTest.png(image));
  }

  @Test
  void darkGlassesArePromptedOffThenTheBareFaceIsMatched() throws Exception {
    MrzText passport = Documents.rocPassport("SAMPLE", "700000005");
    BufferedImage bare = FaceApiMatcherOcclusionTest.gateFrame();
    var landmarks = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate()).analyze(RgbImage.fromBufferedImage(bare))
        .landmarks();
    Path glasses = write("glasses.png", FaceApiMatcherOcclusionTest.withSunglasses(bare, landmarks));
    Path face = write("bare.png", bare);
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"), dir, 9,
        new FaceApiMatcher(models))) {
      rig.server.enrollWith(passport, "sample5", enrolledFromSample5());
      rig.devices.scene().arrive(Visitor.with("sample5", passport).faceImages(List.of(glasses, face)).build());
      Transaction t = rig.lane.serveNext().orElseThrow();

      assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
      // The engine saw the glasses on the look ahead's frame, at the reader (decision 0160); the
      // first frame in the capture zone is the bare one.
      assertThat(rig.devices.scene().prompts()).containsSubsequence(Prompt.REMOVE_SUNGLASSES, Prompt.ENTER,
          Prompt.LOOK_AT_CAMERA, Prompt.PROCEED);
      assertThat(t.decision().evidence().frameIssues().get(0)).doesNotContain(FaceIssue.SUNGLASSES);
      assertThat(t.decision().evidence().faceScores()).isNotEmpty().allSatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(FaceApiMatcher.gateThreshold()));
      assertThat(t.decision().evidence().fingerScores()).isEmpty();
    }
  }

  @Test
  void aFrameWithSeveralFacesAbortsAsTailgating() throws Exception {
    MrzText passport = Documents.rocPassport("SAMPLE", "700000006");
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"), dir, 9,
        new FaceApiMatcher(models))) {
      rig.server.enrollWith(passport, "sample5", enrolledFromSample5());
      rig.devices.scene().arrive(Visitor.with("sample5", passport).faceImages(List.of(FaceApiMatcherTest.DEMO.resolve("sample1.jpg"))).build());
      Transaction t = rig.lane.serveNext().orElseThrow();

      assertThat(t.decision().reason()).isEqualTo(ReasonCode.MORE_THAN_ONE_PERSON);
      assertThat(t.decision().evidence().faceScores()).isEmpty();
    }
  }
}
