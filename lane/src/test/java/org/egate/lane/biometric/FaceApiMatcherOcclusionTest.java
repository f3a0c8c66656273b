package org.egate.lane.biometric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.lane.device.Frame;
import org.egate.lane.device.Prompt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real face port prompts for accessories from the engine's quality report: one person of
 * face-api's demo sample5 in a 640x480 gate frame, bare, with dark glasses, and with a mask.
 */
public class FaceApiMatcherOcclusionTest {
  static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");
  static FaceApiMatcher matcher;
  static BufferedImage bare;
  static Landmarks68 landmarks;

  @BeforeAll
  static void load() throws Exception {
    assumeTrue(Files.isDirectory(FaceApiMatcherTest.DEMO), "face-api demo images not found");
    FaceModels models = FaceModels.load(1);
    matcher = new FaceApiMatcher(models);
    bare = gateFrame(); // one person, as FaceQualityTest
    landmarks = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate()).analyze(RgbImage.fromBufferedImage(bare)).landmarks();
  }

  @AfterAll
  static void close() {
    if (matcher != null) {
      matcher.close();
    }
  }

  @Test
  void aBareFrontalFaceIsUsable() throws Exception {
    assertThat(matcher.assess(new Frame(1, png(bare), "bare", NOW)).usable()).isTrue();
  }

  /** The frame with dark lenses painted over both eyes (the nose bridge left bare, as most glasses do). */
  public static BufferedImage withSunglasses(BufferedImage frame, Landmarks68 landmarks) {
    BufferedImage img = copy(frame);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double eye = landmarks.interEyeDistance();
    g.setColor(new Color(18, 18, 22));
    for (double[] c : new double[][] {landmarks.leftEyeCenter(), landmarks.rightEyeCenter()}) {
      g.fill(new Ellipse2D.Double(c[0] - 0.42 * eye, c[1] - 0.28 * eye, 0.84 * eye, 0.56 * eye));
    }
    g.dispose();
    return img;
  }

  /** One person of face-api's sample5 in a 640x480 gate frame (the neighbours left out). */
  public static BufferedImage gateFrame() throws Exception {
    RgbImage photo = RgbImage.fromBufferedImage(ImageIO.read(FaceApiMatcherTest.DEMO.resolve("sample5.jpg").toFile()));
    return photo.crop(991, 96, 400, 440).onCanvas(640, 480, 120, 20, 128).toBufferedImage();
  }

  @Test
  void darkGlassesAreAskedOffByName() throws Exception {
    BufferedImage img = withSunglasses(bare, landmarks);
    FaceAssessment a = matcher.assess(new Frame(2, png(img), "sunglasses", NOW));
    assertThat(a.usable()).isFalse();
    assertThat(a.firstIssue()).isEqualTo(FaceIssue.SUNGLASSES); // the mask item may fire too (lenses move its measures)
    assertThat(a.firstIssue().prompt()).contains(Prompt.REMOVE_SUNGLASSES);
  }

  @Test
  void aMaskIsAskedOffByName() throws Exception {
    BufferedImage img = copy(bare);
    Graphics2D g = img.createGraphics();
    Polygon p = new Polygon();
    double top = landmarks.y(29);
    p.addPoint((int) landmarks.x(1), (int) top);
    for (int i = 2; i <= 14; i++) {
      p.addPoint((int) landmarks.x(i), (int) landmarks.y(i));
    }
    p.addPoint((int) landmarks.x(15), (int) top);
    g.setColor(new Color(160, 196, 226));
    g.fill(p);
    g.dispose();
    FaceAssessment a = matcher.assess(new Frame(3, png(img), "mask", NOW));
    assertThat(a.issues()).contains(FaceIssue.MASK);
    assertThat(a.firstIssue().prompt()).contains(Prompt.REMOVE_MASK);
  }

  private static BufferedImage copy(BufferedImage src) {
    BufferedImage c = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    c.createGraphics().drawImage(src, 0, 0, null);
    return c;
  }

  public static byte[] png(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
