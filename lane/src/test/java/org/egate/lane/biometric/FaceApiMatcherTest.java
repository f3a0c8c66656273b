package org.egate.lane.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.describe.FaceApiTemplate;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.Frame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lane's face port on the real engine. Enrolled faces come from LFW crops (../shared/data)
 * through the enrollment pipeline; live frames are the crops placed in a 640x480 scene, as a gate
 * camera sees a traveler; several-people scenes are the face-api demo photos the build fetches.
 */
public class FaceApiMatcherTest {

  public static final Path DEMO = Path.of("..", "biometrics", "models", "node_modules", "@vladmandic", "face-api", "demo");
  public static final Path LFW = Path.of(System.getProperty("egate.shared.data", "../shared/data"), "faces", "lfw-dev",
      "images");
  static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");
  static FaceModels models;
  static FaceApiMatcher matcher;

  @BeforeAll
  static void load() {
    assumeTrue(Files.isDirectory(DEMO), "face-api demo images not found at " + DEMO.toAbsolutePath());
    models = FaceModels.load(1);
    matcher = new FaceApiMatcher(models);
  }

  @AfterAll
  static void close() {
    if (matcher != null) {
      matcher.close();
    }
  }

  /** The enrolled template of an LFW image, as enrollment would compute it. */
  public static BiometricTemplate enrolled(FaceModels models, Path image) throws Exception {
    FacePipeline enrollment = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
    return BiometricTemplate.face(FaceApiMatcher.FORMAT,
        FaceApiMatcher.encode(enrollment.analyze(Files.readAllBytes(image)).descriptor()));
  }

  /** A gate-camera-like frame: the face crop placed in a 640x480 grey scene. */
  public static byte[] scene(Path crop) throws Exception {
    BufferedImage face = ImageIO.read(crop.toFile());
    BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(128, 128, 128));
    g.fillRect(0, 0, 640, 480);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(face, 220, 120, 200, 200, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(frame, "png", out);
    return out.toByteArray();
  }

  private static Frame live(long id, String lfwImage) throws Exception {
    return new Frame(id, scene(LFW.resolve(lfwImage)), lfwImage, NOW);
  }

  @Test
  void theSamePersonPassesTheMeasuredGateThresholdAndSomeoneElseDoesNot() throws Exception {
    assumeTrue(Files.isDirectory(LFW), "LFW not found at " + LFW);
    BiometricTemplate akhmed = enrolled(models, LFW.resolve("Akhmed_Zakayev/Akhmed_Zakayev_0001.jpg"));
    BiometricTemplate abel = enrolled(models, LFW.resolve("Abel_Pacheco/Abel_Pacheco_0001.jpg"));

    Frame akhmedLive = live(1, "Akhmed_Zakayev/Akhmed_Zakayev_0003.jpg");
    assertThat(matcher.assess(akhmedLive).usable()).isTrue();
    assertThat(matcher.compare(akhmedLive, akhmed)).isGreaterThanOrEqualTo(FaceApiMatcher.gateThreshold());
    assertThat(matcher.compare(akhmedLive, abel)).isLessThan(FaceApiMatcher.gateThreshold());

    // A harder genuine pair (0.47 similarity) sits right at FMR 0.1 % (14 % FNMR on LFW): it passes at
    // FMR 1 % and the lane would otherwise fall back to the fingerprint.
    Frame abelLive = live(2, "Abel_Pacheco/Abel_Pacheco_0004.jpg");
    assertThat(matcher.compare(abelLive, abel)).isGreaterThanOrEqualTo(FaceApiMatcher.threshold(FmrTarget.ONE_PERCENT))
        .isGreaterThan(matcher.compare(abelLive, akhmed));
  }

  @Test
  void aSceneWithSeveralPeopleIsPossibleTailgating() throws Exception {
    Frame group = new Frame(3, Files.readAllBytes(DEMO.resolve("sample1.jpg")), "sample1.jpg", NOW);
    FaceAssessment assessment = matcher.assess(group);
    assertThat(assessment.faces()).isGreaterThan(1);
    assertThat(assessment.issues()).contains(FaceIssue.SEVERAL_FACES);
  }

  @Test
  void aFrameIsJudgedByItsOwnPixelsWhenAnotherLaneUsedTheSameId() throws Exception {
    // regression (decision 0150): frame ids are per lane, and the matcher kept its last analysis by id
    FaceApiMatcher shared = new FaceApiMatcher(models);
    Frame group = new Frame(7, Files.readAllBytes(DEMO.resolve("sample1.jpg")), "lane A frame 7", NOW);
    BufferedImage empty = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(empty, "png", png);
    Frame nobody = new Frame(7, png.toByteArray(), "lane B frame 7", NOW);
    assertThat(shared.assess(group).issues()).contains(FaceIssue.SEVERAL_FACES);
    assertThat(shared.assess(nobody).issues()).containsExactly(FaceIssue.NO_FACE);
  }

  @Test
  void anEmptySceneHasNoFaceAndGarbageIsAPoorImage() throws Exception {
    BufferedImage empty = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(empty, "png", png);
    assertThat(matcher.assess(new Frame(4, png.toByteArray(), "empty", NOW)).issues()).contains(FaceIssue.NO_FACE);
    assertThat(matcher.assess(new Frame(5, new byte[] {1, 2, 3}, "garbage", NOW)).issues())
        .contains(FaceIssue.POOR_IMAGE);
  }

  @Test
  void descriptorsRoundTripThroughTheTemplateFormat() throws Exception {
    assumeTrue(Files.isDirectory(LFW), "LFW not found at " + LFW);
    BiometricTemplate template = enrolled(models, LFW.resolve("Abel_Pacheco/Abel_Pacheco_0001.jpg"));
    assertThat(template.size()).isEqualTo(512);
    assertThat(FaceApiMatcher.encode(FaceApiTemplate.decode(template.data()))).isEqualTo(template.data());
  }
}
