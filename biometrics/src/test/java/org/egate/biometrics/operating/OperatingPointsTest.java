package org.egate.biometrics.operating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.ScoreOrientation;
import org.junit.jupiter.api.Test;

class OperatingPointsTest {
  private static final OperatingPoints DISTANCES =
      new OperatingPoints(
          "face",
          "test.1",
          "some engine",
          ScoreOrientation.LOWER_IS_MORE_SIMILAR,
          "synthetic",
          "all pairs",
          LocalDate.of(2026, 11, 27),
          List.of(
              new OperatingPoint(FmrTarget.ONE_PER_THOUSAND, 0.5, 0.001, 0.02),
              new OperatingPoint(FmrTarget.ONE_PER_TEN_THOUSAND, 0.4, 0.0001, 0.05)));

  private static OperatingPoints parse(String json) throws Exception {
    return OperatingPoints.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void roundTripsThroughJsonWithProvenance() throws Exception {
    OperatingPoints back = parse(DISTANCES.toJson());
    assertThat(back.modality()).isEqualTo("face");
    assertThat(back.measuredOn()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(back.points()).containsExactlyElementsOf(DISTANCES.points());
    assertThat(back.toJson()).isEqualTo(DISTANCES.toJson());
  }

  @Test
  void acceptsByTheFileOrientationAtTheThreshold() {
    assertThat(DISTANCES.accepts(0.5, FmrTarget.ONE_PER_THOUSAND)).isTrue();
    assertThat(DISTANCES.accepts(0.45, FmrTarget.ONE_PER_TEN_THOUSAND)).isFalse();
  }

  @Test
  void unknownTargetNamesTheKnownOnes() {
    assertThatThrownBy(() -> DISTANCES.at(FmrTarget.ONE_PERCENT))
        .hasMessageContaining("no face operating point at FMR 0.01")
        .hasMessageContaining("FMR 0.001");
  }

  @Test
  void fileWithoutProvenanceOrWithWrongFormatDoesNotLoad() throws Exception {
    String json = DISTANCES.toJson();
    assertThatThrownBy(() -> parse(json.replace("\"dataSet\"", "\"data\"")))
        .hasMessageContaining("'dataSet' must be a string");
    assertThatThrownBy(() -> parse(json.replace(OperatingPoints.FORMAT, "egate-operating-points/0")))
        .hasMessageContaining("but was 'egate-operating-points/0'");
    assertThatThrownBy(() -> parse(json.replace("\"2026-11-27\"", "\"27.11.2026\"")))
        .hasMessageContaining("measuredOn must be an ISO date");
    assertThatThrownBy(() -> parse("[]")).hasMessageContaining("must be a JSON object");
  }

  @Test
  void duplicateTargetsAreRejected() {
    OperatingPoint p = new OperatingPoint(FmrTarget.ONE_PER_THOUSAND, 1, 0, 0);
    assertThatThrownBy(
            () -> new OperatingPoints("finger", "v", "e", ScoreOrientation.HIGHER_IS_MORE_SIMILAR, "d", "p",
                LocalDate.of(2026, 1, 1), List.of(p, p)))
        .hasMessageContaining("appears twice");
  }

  @Test
  void shippedFingerPointsNameTheirDataAndTightenWithTheTarget() {
    OperatingPoints finger = OperatingPoints.forModality("finger");
    assertThat(finger.modality()).isEqualTo("finger");
    assertThat(finger.orientation()).isEqualTo(ScoreOrientation.HIGHER_IS_MORE_SIMILAR);
    assertThat(finger.dataSet()).contains("fvc2002/DB1_B").doesNotContain("/work/");
    double at01 = finger.at(FmrTarget.ONE_PER_THOUSAND).threshold();
    double at005 = finger.at(FmrTarget.FIVE_PER_TEN_THOUSAND).threshold();
    double at001 = finger.at(FmrTarget.ONE_PER_TEN_THOUSAND).threshold();
    assertThat(at01).isLessThan(at005).isPositive();
    assertThat(at005).isLessThan(at001);
    for (OperatingPoint p : finger.points()) {
      assertThat(p.measuredFmr()).isLessThanOrEqualTo(p.target().fraction());
    }
  }

  @Test
  void modalityMustBeAWord() {
    assertThatThrownBy(() -> OperatingPoints.forModality("../x")).hasMessageContaining("lower-case word");
    assertThatThrownBy(() -> OperatingPoints.forModality("iris")).hasMessageContaining("no operating points resource");
  }
}
