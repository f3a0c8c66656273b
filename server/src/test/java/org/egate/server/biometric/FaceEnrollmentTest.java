package org.egate.server.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.FaceApiTemplate;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.eligibility.Category;
import org.egate.border.eligibility.RuleVersionId;
import org.egate.border.enrollment.DuplicateHit;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.border.site.Location;
import org.egate.border.site.SiteId;
import org.egate.border.site.TerminalCode;
import org.egate.border.traveler.Height;
import org.egate.border.traveler.TravelerId;
import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.egate.server.TestServer;
import org.egate.server.authorization.LaneSealing;
import org.egate.server.crypto.Sealer;
import org.egate.server.demo.DemoFaces;
import org.egate.server.enrollment.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Real faces from enrollment to the lane (decisions 0100-0102): face-api descriptors stored at
 * enrollment, refused captures with their reason codes, the 1:N face check, and the lane's 1:1
 * comparison on the sealed template. LFW people here are late in the alphabet (other test classes
 * take the first ones, {@code Samples.face}); fingers FVC2002 DB4 105-110, DB3 109-110, DB1 109-110.
 * The demo photos (npm, always present after the build) need no shared data.
 */
class FaceEnrollmentTest {
  static final String LANE = "TAOYUAN-T2-D01";

  /** The {@code k}-th image (name order, from 0) of an LFW person. */
  private static Path lfw(String person, int k) {
    try (var files = Files.list(Samples.data().resolve("faces/lfw-dev/images").resolve(person))) {
      return files.sorted().skip(k).findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Response enroll(String surname, String passport, String faceB64, String right, String left) {
    String body = Samples.national(null, passport, "1979-05-05", 175, faceB64, right, left).replace("\"LIN\"", "\"" + surname + "\"");
    return Api.asOfficer("officer1", "POST", "/api/enrollments", body);
  }

  private static int enrollments() {
    return TestServer.context().getBean(JdbcClient.class).sql("select count(*) from enrollment").query(Integer.class).single();
  }

  @Test
  void aCaptureWithDarkGlassesOrAMaskGetsItsReasonCodeAndNothingIsWritten() throws Exception {
    byte[] portrait = DemoFaces.portrait(0);
    Landmarks68 l = pipeline(FaceParameters.enrollment()).analyze(portrait).landmarks();
    int before = enrollments();

    Response glasses = enroll("SHADES", Samples.passportNumber(), b64(sunglasses(portrait, l)), "aGVsbG8=", "aGVsbG8=");
    assertThat(glasses.status()).as(glasses.body()).isEqualTo(422);
    assertThat(glasses.reasonCode()).isEqualTo("OCCLUSION_SUNGLASSES");
    assertThat(glasses.json().path("detail").asString()).contains("EYES_OCCLUDED");

    Response mask = enroll("MASKED", Samples.passportNumber(), b64(mask(portrait, l)), "aGVsbG8=", "aGVsbG8=");
    assertThat(mask.status()).as(mask.body()).isEqualTo(422);
    assertThat(mask.reasonCode()).isEqualTo("OCCLUSION_MASK");

    assertThat(enrollments()).as("nothing half-written").isEqualTo(before);
  }

  @Test
  void aPhotoOfSeveralPeopleOrOfNoOneIsRefusedByName() throws Exception {
    int before = enrollments();
    Response group = enroll("GROUP", Samples.passportNumber(), b64(DemoFaces.photo("sample1.jpg")), "aGVsbG8=", "aGVsbG8=");
    assertThat(group.status()).as(group.body()).isEqualTo(422);
    assertThat(group.reasonCode()).isEqualTo("FACE_SEVERAL_FACES");

    Response empty = enroll("NOBODY", Samples.passportNumber(), b64(png(new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB))), "aGVsbG8=",
        "aGVsbG8=");
    assertThat(empty.status()).as(empty.body()).isEqualTo(422);
    assertThat(empty.reasonCode()).isEqualTo("FACE_NOT_DETECTED");
    assertThat(enrollments()).isEqualTo(before);
  }

  @Test
  void theDemoPortraitsAreEnrollmentGradeAndThreeDifferentPeople() throws Exception {
    FaceTemplates engine = TestServer.context().getBean(FaceTemplates.class);
    FaceDescriptor[] d = new FaceDescriptor[DemoFaces.PORTRAITS.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = engine.descriptor(engine.extract(DemoFaces.portrait(i))).orElseThrow();
    }
    for (int i = 0; i < d.length; i++) {
      for (int j = i + 1; j < d.length; j++) {
        assertThat(d[i].distance(d[j])).as("portraits %d and %d", i, j).isGreaterThan(DuplicateCheckParameters.FACE_DISTANCE_THRESHOLD);
      }
    }
  }

  @Test
  void theSamePersonMatchesAtTheLaneAndSomeoneElseDoesNot() throws Exception {
    String passport = Samples.passportNumber();
    Response r = enroll("CARTER", passport, Samples.b64(lfw("Vince_Carter", 0)), Samples.finger(3, 109, 1), Samples.finger(3, 110, 1));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().path("status").asString()).isEqualTo("ACTIVE");

    Response a = Api.asLane(LANE, "/api/lanes/" + LANE + "/authorizations",
        "{\"document\":{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"" + passport + "\"}}");
    assertThat(a.json().path("decision").asString()).as(a.body()).isEqualTo("AUTHORIZED");
    byte[] sealed = Base64.getDecoder().decode(a.json().path("sealedTemplates").asString());
    JsonNode templates = Api.JSON.readTree(new String(LaneSealing.open(TestServer.laneSecret(LANE), LANE,
        a.json().path("authorizationId").asString(), sealed), StandardCharsets.UTF_8)).path("templates");
    JsonNode face = null;
    for (JsonNode t : templates) {
      if (t.path("modality").asString().equals("FACE")) {
        face = t;
      }
    }
    assertThat(face).isNotNull();
    assertThat(face.path("format").asString()).isEqualTo(FaceApiTemplate.FORMAT);
    FaceDescriptor enrolled = FaceApiTemplate.decode(Base64.getDecoder().decode(face.path("data").asString()));

    // as the lane does it (FaceApiMatcher): gate parameters on a 640x480 scene, similarity 1 - distance at FMR 0.1 %
    double threshold = 1 - OperatingPoints.forModality("face").at(FmrTarget.ONE_PER_THOUSAND).threshold();
    FacePipeline gate = pipeline(FaceParameters.gate());
    double same = 1 - gate.analyze(scene(lfw("Vince_Carter", 1))).descriptor().distance(enrolled);
    double other = 1 - gate.analyze(scene(lfw("Vin_Diesel", 0))).descriptor().distance(enrolled);
    assertThat(same).isGreaterThanOrEqualTo(threshold);
    assertThat(other).isLessThan(threshold);
  }

  @Test
  void theSameFaceUnderAnotherIdentityIsReferredToAnOfficerNotRefused() {
    Response first = enroll("FOX", Samples.passportNumber(), Samples.b64(lfw("Vicente_Fox", 0)), Samples.finger(4, 105, 1),
        Samples.finger(4, 106, 1));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().path("status").asString()).isEqualTo("ACTIVE");

    // another photo of the same man, another passport and name, other fingers: only the face links them
    Response second = enroll("ZORRO", Samples.passportNumber(), Samples.b64(lfw("Vicente_Fox", 1)), Samples.finger(4, 107, 1),
        Samples.finger(4, 108, 1));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().path("status").asString()).isEqualTo("PENDING_REVIEW");
    assertThat(second.reasonCode()).isEqualTo("POSSIBLE_DUPLICATE");
    assertThat(second.json().path("referralId").isNull()).isFalse();
    assertThat(second.json().path("duplicateCandidates").toString()).contains(first.json().path("enrollmentId").asString());
    // recorded as a face hit on the first enrollment, its score (1 - distance) at or above the FMR 0.01 % threshold (decision 0170)
    JsonNode onFirst = null;
    for (JsonNode h : second.json().path("duplicateHits")) {
      if (h.path("candidate").asString().equals(first.json().path("enrollmentId").asString())) {
        assertThat(onFirst).as("one hit, the face: " + second.body()).isNull();
        onFirst = h;
      }
    }
    assertThat(onFirst).as(second.body()).isNotNull();
    assertThat(onFirst.path("modality").asString()).isEqualTo("FACE");
    assertThat(onFirst.path("threshold").asDouble()).isEqualTo(DuplicateCheckParameters.FACE_SCORE_THRESHOLD);
    assertThat(onFirst.path("score").asDouble()).isGreaterThanOrEqualTo(DuplicateCheckParameters.FACE_SCORE_THRESHOLD).isLessThan(1.0);
  }

  @Test
  void aWithdrawnEnrollmentNoLongerRaisesAFaceReferral() {
    Response first = enroll("KLAUS", Samples.passportNumber(), Samples.b64(lfw("Vaclav_Klaus", 0)), Samples.finger(4, 109, 1),
        Samples.finger(4, 110, 1));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    Response withdrawn = Api.asOfficer("officer1", "POST", "/api/enrollments/" + first.json().path("enrollmentId").asString() + "/withdrawal",
        "{\"note\":\"traveler withdrew\"}");
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

    Response again = enroll("CLAUS", Samples.passportNumber(), Samples.b64(lfw("Vaclav_Klaus", 1)), Samples.finger(1, 109, 1),
        Samples.finger(1, 110, 1));
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.json().path("status").asString()).isEqualTo("ACTIVE");
  }

  @Test
  void aTemplateOfAnEarlierEngineIsReExtractedFromTheSealedFaceImage() {
    // FVC fingers are all taken by other tests: another impression of DB1 101/102 makes a fingerprint
    // referral, which still stores the enrollment (all this test needs)
    Response r = enroll("OLDFORMAT", Samples.passportNumber(), b64(DemoFaces.portrait(1)), Samples.finger(1, 101, 7), Samples.finger(1, 102, 7));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    UUID id = UUID.fromString(r.json().path("enrollmentId").asString());
    JdbcClient jdbc = TestServer.context().getBean(JdbcClient.class);
    Sealer sealer = TestServer.context().getBean(Sealer.class);
    byte[] current = sealer.open(jdbc.sql("select sealed from biometric where enrollment_id = ? and slot = 'FACE'").param(id)
        .query(byte[].class).single(), "biometric:" + id + ":FACE");
    jdbc.sql("update biometric set format = 'thumbnail-256f32/1', sealed = ? where enrollment_id = ? and slot = 'FACE'")
        .params(sealer.seal(new byte[1024], "biometric:" + id + ":FACE"), id).update();

    FaceTemplateUpgrade.Result result = TestServer.context().getBean(FaceTemplateUpgrade.class).upgrade();
    assertThat(result.upgraded()).isGreaterThanOrEqualTo(1);
    assertThat(jdbc.sql("select format from biometric where enrollment_id = ? and slot = 'FACE'").param(id).query(String.class).single())
        .isEqualTo(FaceApiTemplate.FORMAT);
    byte[] again = sealer.open(jdbc.sql("select sealed from biometric where enrollment_id = ? and slot = 'FACE'").param(id)
        .query(byte[].class).single(), "biometric:" + id + ":FACE");
    assertThat(again).as("the same image gives the same descriptor").isEqualTo(current);
    assertThat(TestServer.context().getBean(FaceTemplateUpgrade.class).upgrade().stale()).as("nothing left to do").isZero();
  }

  @Test
  void aSuspendedEnrollmentLeavesTheFaceSearchUntilReinstated() {
    // in memory only (FVC fingers are all taken by other tests, and this is the index's bookkeeping)
    BiometricIndex index = TestServer.context().getBean(BiometricIndex.class);
    index.size(); // loaded, so saves reach it
    BiometricTemplate face = TestServer.context().getBean(FaceTemplates.class).extract(DemoFaces.portrait(2));
    LocalDate day = LocalDate.of(2026, 11, 27);
    Enrollment active = new Enrollment(EnrollmentId.of(
        UUID.randomUUID().toString()), new TravelerId(UUID.randomUUID()),
        Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION, List.of(),
        BiometricSet.faceOnly(face), null, Height.ofCentimeters(170),
        Location.of(SiteId.of("TAOYUAN"), TerminalCode.of("T2")), day,
        RuleVersionId.of("2017-03-08-fingerprints"), EnrollmentStatus.ACTIVE, day, "");
    BiometricSet probe = BiometricSet.faceOnly(face);
    TravelerId someoneElse = new TravelerId(UUID.randomUUID());
    try {
      index.onSaved(active);
      assertThat(index.search(probe, someoneElse)).extracting(DuplicateHit::candidate).contains(active.id());
      assertThat(index.search(probe, active.traveler())).as("never the applicant's own").isEmpty();

      index.onSaved(active.suspend(day, "document check"));
      assertThat(index.search(probe, someoneElse)).extracting(DuplicateHit::candidate).doesNotContain(active.id());

      index.onSaved(active.suspend(day, "document check").reinstate(day, "checked"));
      assertThat(index.search(probe, someoneElse)).filteredOn(h -> h.candidate().equals(active.id()))
          .singleElement().satisfies(h -> assertThat(h.modality()).isEqualTo("FACE"));
    } finally {
      index.onSaved(active.withdraw(day, "test over"));
    }
    assertThat(index.search(probe, someoneElse)).extracting(DuplicateHit::candidate).doesNotContain(active.id());
  }

  // ---- images -------------------------------------------------------------------------------------------------

  private static FacePipeline pipeline(FaceParameters parameters) {
    return new FacePipeline(TestServer.context().getBean(FaceModels.class), ImageDecoder.standard(), parameters);
  }

  /** Dark lenses over both eyes (the nose bridge left bare, as most glasses do). */
  static byte[] sunglasses(byte[] portrait, Landmarks68 l) throws Exception {
    BufferedImage img = read(portrait);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double eye = l.interEyeDistance();
    double[] left = l.leftEyeCenter();
    double[] right = l.rightEyeCenter();
    g.setColor(new Color(18, 18, 22));
    for (double[] c : new double[][] {left, right}) {
      g.fill(new Ellipse2D.Double(c[0] - 0.42 * eye, c[1] - 0.28 * eye, 0.84 * eye, 0.56 * eye));
    }
    g.dispose();
    return jpeg(img);
  }

  /** A light-blue surgical mask from the jaw line up to the middle of the nose. */
  static byte[] mask(byte[] portrait, Landmarks68 l) throws Exception {
    BufferedImage img = read(portrait);
    Graphics2D g = img.createGraphics();
    Polygon p = new Polygon();
    double top = l.y(29);
    p.addPoint((int) l.x(1), (int) top);
    for (int i = 2; i <= 14; i++) {
      p.addPoint((int) l.x(i), (int) l.y(i));
    }
    p.addPoint((int) l.x(15), (int) top);
    g.setColor(new Color(160, 196, 226));
    g.fill(p);
    g.dispose();
    return jpeg(img);
  }

  /** A gate-camera-like frame: the LFW crop placed in a 640x480 grey scene (as FaceApiMatcherTest does). */
  static byte[] scene(Path crop) throws Exception {
    BufferedImage face = ImageIO.read(crop.toFile());
    BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(128, 128, 128));
    g.fillRect(0, 0, 640, 480);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(face, 220, 120, 200, 200, null);
    g.dispose();
    return png(frame);
  }

  private static BufferedImage read(byte[] bytes) throws Exception {
    BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes));
    BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(src, 0, 0, null);
    return rgb;
  }

  private static byte[] jpeg(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  private static byte[] png(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
