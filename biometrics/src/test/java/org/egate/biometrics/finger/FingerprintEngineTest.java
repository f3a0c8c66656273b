package org.egate.biometrics.finger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FingerprintEngineTest {
  private final FingerprintEngine engine = FingerprintEngine.withDefaults();

  private Fingerprint enroll(String file) throws Exception {
    return engine.enroll(SharedData.read(file), OptionalDouble.empty());
  }

  @Test
  void sourceAfisFixturesScoreAsTheLibraryExpects() throws Exception {
    Fingerprint probe = enroll("sourceafis/probe.png");
    assertThat(engine.compare(probe, enroll("sourceafis/matching.png"))).isGreaterThan(40);
    assertThat(engine.compare(probe, enroll("sourceafis/nonmatching.png"))).isLessThan(20);
  }

  @Test
  void probeDecodesTheSameFromPngJpegAndBmp() throws Exception {
    Fingerprint matching = enroll("sourceafis/matching.png");
    for (String format : List.of("png", "jpeg", "bmp")) {
      assertThat(engine.compare(enroll("sourceafis/probe." + format), matching)).as(format).isGreaterThan(40);
    }
  }

  @Test
  void rawGrayBuffersEnrollAtTheirStatedSize() throws Exception {
    Fingerprint probe = engine.enroll(new GrayscaleImage(332, 533, SharedData.read("sourceafis/gray-probe.dat"), 500));
    Fingerprint matching = engine.enroll(new GrayscaleImage(320, 407, SharedData.read("sourceafis/gray-matching.dat"), 500));
    Fingerprint nonmatching = engine.enroll(new GrayscaleImage(333, 435, SharedData.read("sourceafis/gray-nonmatching.dat"), 500));
    assertThat(engine.compare(probe, matching)).isGreaterThan(40);
    assertThat(engine.compare(probe, nonmatching)).isLessThan(20);
  }

  @Test
  void symmetricMeanDoesNotDependOnWhoIsTheProbe() throws Exception {
    FingerprintEngine directed = new FingerprintEngine(FingerprintParameters.DEFAULTS, ComparisonMode.PROBE_TO_REFERENCE);
    int asymmetric = 0;
    for (int i = 2; i <= 8; i++) {
      Fingerprint a = enroll("fvc2002/DB1_B/101_1.tif");
      Fingerprint b = enroll("fvc2002/DB1_B/101_" + i + ".tif");
      assertThat(engine.compare(a, b)).isEqualTo(engine.compare(b, a));
      if (directed.compare(a, b) != directed.compare(b, a)) {
        asymmetric++;
      }
    }
    assertThat(asymmetric).as("pairs whose SourceAFIS score depends on the probe").isPositive();
  }

  @Test
  void qualityReportMeasuresMinutiaeAndArea() throws Exception {
    QualityReport q = engine.assess(SharedData.read("fvc2002/DB1_B/101_1.tif"), OptionalDouble.empty());
    assertThat(q.acceptable()).isTrue();
    assertThat(q.minutiaeCount()).isGreaterThan(FingerprintParameters.DEFAULTS.minMinutiae());
    assertThat(q.usableAreaMm2()).isBetween(FingerprintParameters.DEFAULTS.minUsableAreaMm2(), q.imageAreaMm2());
    assertThat(q.dpi()).isEqualTo(500);
  }

  @Test
  void wsqFilesDecodeAndEnroll() throws Exception {
    GrayscaleImage wsq = engine.decode(SharedData.read("sourceafis/wsq-original.wsq"), OptionalDouble.empty());
    GrayscaleImage reference = engine.decode(SharedData.read("sourceafis/wsq-converted.png"), OptionalDouble.empty());
    assertThat(wsq.width()).isEqualTo(832);
    assertThat(wsq.height()).isEqualTo(768);
    assertThat(wsq.dpi()).isEqualTo(500);
    long diff = 0;
    for (int i = 0; i < wsq.pixels().length; i++) {
      diff += Math.abs((wsq.pixels()[i] & 0xff) - (reference.pixels()[i] & 0xff));
    }
    assertThat((double) diff / wsq.pixels().length).as("mean grey difference to SourceAFIS's decoded PNG").isLessThan(2.0);
    for (String f : List.of("wsq/fp.wsq", "wsq/sample_image.wsq")) {
      assertThat(enroll(f).quality().minutiaeCount()).as(f).isGreaterThan(20);
    }
  }

  @Test
  void isoExportImportsBackToTheSameFingerprint() throws Exception {
    Fingerprint probe = enroll("sourceafis/probe.png");
    byte[] iso = engine.exportIso(probe);
    assertThat(IsoTemplate.isIso2005(iso)).isTrue();
    Fingerprint back = engine.importTemplate(iso);
    assertThat(back.quality().minutiaeCount()).isEqualTo(probe.quality().minutiaeCount());
    assertThat(engine.compare(back, enroll("sourceafis/matching.png"))).isGreaterThan(40);
    Fingerprint sourceAfisForm = engine.importTemplate(probe.toSourceAfis());
    assertThat(engine.compare(sourceAfisForm, probe)).isGreaterThan(200);
  }

  @Test
  void sourceAfisIsoFixturesImportAndMatch() throws Exception {
    Fingerprint probe = engine.importTemplate(SharedData.read("sourceafis/iso-probe.dat"));
    assertThat(engine.compare(probe, engine.importTemplate(SharedData.read("sourceafis/iso-matching.dat")))).isGreaterThan(40);
    assertThat(engine.compare(probe, engine.importTemplate(SharedData.read("sourceafis/iso-nonmatching.dat")))).isLessThan(20);
  }

  @Test
  void fvcIsoTemplatesFromAnotherVendorMatchTheirOwnImages() throws Exception {
    // SecuGen-made ISO 19794-2 templates against our templates of the same FVC images.
    int sameImageAbove = 0;
    double worstImpostor = 0;
    for (int finger = 101; finger <= 110; finger++) {
      Fingerprint iso = engine.importTemplate(SharedData.read("fvc2002/DB1_B/" + finger + "_1.iso"));
      if (engine.compare(iso, enroll("fvc2002/DB1_B/" + finger + "_1.tif")) > 40) {
        sameImageAbove++;
      }
      int other = finger == 110 ? 101 : finger + 1;
      worstImpostor = Math.max(worstImpostor, engine.compare(iso, enroll("fvc2002/DB1_B/" + other + "_1.tif")));
    }
    assertThat(sameImageAbove).as("same-image cross-vendor scores above 40").isGreaterThanOrEqualTo(7);
    assertThat(worstImpostor).isLessThan(20);
  }

  @Test
  void oneToManyFindsTheSameFingerFirst() throws Exception {
    Map<String, Fingerprint> gallery = new LinkedHashMap<>();
    for (int finger = 101; finger <= 110; finger++) {
      gallery.put("DB1-" + finger, enroll("fvc2002/DB1_B/" + finger + "_1.tif"));
    }
    List<FingerprintSearch.Hit<String>> hits =
        new FingerprintSearch(engine).search(enroll("fvc2002/DB1_B/104_5.tif"), gallery, 0, 3);
    assertThat(hits).hasSize(3);
    assertThat(hits.get(0).id()).isEqualTo("DB1-104");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(new FingerprintSearch(engine).search(enroll("fvc2002/DB1_B/104_5.tif"), gallery, 0, 10, true))
        .as("parallel search gives the same hits").containsExactlyElementsOf(
            new FingerprintSearch(engine).search(enroll("fvc2002/DB1_B/104_5.tif"), gallery, 0, 10));
  }

  @Test
  void twoFingerFusionRules() {
    assertThat(TwoFingerFusion.MEAN.fuse(10, 30)).isEqualTo(20);
    assertThat(TwoFingerFusion.MAX.fuse(10, 30)).isEqualTo(30);
    assertThat(TwoFingerFusion.MAX.fuse(FvcScores.REJECTED, 30)).as("a failed finger leaves the other").isEqualTo(30);
  }

  @Test
  void isoHeaderMinutiaeCountIsReadFromTheFirstView() {
    byte[] record = ByteBuffer.allocate(28).put("FMR\0 20\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).array();
    record[27] = 42;
    assertThat(IsoTemplate.minutiaeCount(record)).isEqualTo(42);
  }
}
