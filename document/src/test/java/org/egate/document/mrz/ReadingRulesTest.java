package org.egate.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Century inference at its boundaries, OCR corrections and scanner noise. */
class ReadingRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static MrzResult td3(LocalDate birth, LocalDate expiry) {
    return MrzReader.read(TestMrz.twoLine(MrzFormat.TD3, "P", "UTO", "ERIKSSON", "ANNA MARIA",
        "L898902C3", "UTO", birth, 'F', expiry, "ZE184226B"), TODAY);
  }

  static LocalDate birthRead(String yymmdd) {
    return CenturyInference.birthDate(Integer.parseInt(yymmdd.substring(0, 2)),
        Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4)), TODAY);
  }

  static LocalDate expiryRead(String yymmdd) {
    return CenturyInference.expiryDate(Integer.parseInt(yymmdd.substring(0, 2)),
        Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4)), TODAY);
  }

  @Test
  void aBirthDateOfTodayIsThisCenturyAndTomorrowsIsTheLast() {
    assertThat(birthRead("261127")).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(birthRead("261128")).isEqualTo(LocalDate.of(1926, 11, 28));
    assertThat(birthRead("000101")).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(birthRead("991231")).isEqualTo(LocalDate.of(1999, 12, 31));
  }

  @Test
  void anExpiryDateUpToTwentyYearsAheadIsThisCenturyAndBeyondIsTheLast() {
    assertThat(expiryRead("461127")).isEqualTo(LocalDate.of(2046, 11, 27));
    assertThat(expiryRead("461128")).isEqualTo(LocalDate.of(1946, 11, 28));
    assertThat(expiryRead("120415")).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(expiryRead("961210")).isEqualTo(LocalDate.of(1996, 12, 10));
  }

  @Test
  void leapDaysDependOnTheInferredCentury() {
    assertThat(birthRead("000229")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(birthRead("040229")).isEqualTo(LocalDate.of(2004, 2, 29));
    assertThat(birthRead("010229")).isNull();
    assertThat(expiryRead("280229")).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aDateThatDoesNotExistIsAFinding() {
    String l2 = "L898902C36UTO741312" + TestMrz.cd("741312") + "F1204159ZE184226B<<<<<1";
    l2 += TestMrz.cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
    MrzResult r = MrzReader.read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + l2, TODAY);
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.INVALID_DATE);
    assertThat(r.findings().get(0).field()).isEqualTo(MrzField.BIRTH_DATE);
    assertThat(r.findings().get(0).message()).contains("'741312'");
  }

  @Test
  void anOcrLetterInADateIsCorrectedWhenTheCheckDigitConfirmsIt() {
    MrzResult r = MrzReader.read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        + "L898902C36UTO74O8I22F12O4159ZE184226B<<<<<1O", TODAY);
    assertThat(r.valid()).isTrue();
    assertThat(r.data().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
    assertThat(r.data().orElseThrow().expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
    assertThat(r.corrections())
        .extracting(Correction::field, Correction::line, Correction::column, Correction::found, Correction::readAs)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MrzField.BIRTH_DATE, 2, 16, "O", "0"),
            org.assertj.core.groups.Tuple.tuple(MrzField.BIRTH_DATE, 2, 18, "I", "1"),
            org.assertj.core.groups.Tuple.tuple(MrzField.EXPIRY_DATE, 2, 24, "O", "0"),
            org.assertj.core.groups.Tuple.tuple(MrzField.COMPOSITE_CHECK_DIGIT, 2, 44, "O", "0"));
    assertThat(r.corrections()).allMatch(c -> c.reason() == CorrectionReason.OCR_CONFUSION);
  }

  @Test
  void anOcrLetterTheCheckDigitDoesNotConfirmIsRejected() {
    // 'B' could be 8, but the birth date 740B12 has check digit 2, and 740812 computes to 2
    // only with 8 at the fourth place: put B where a 1 belongs instead.
    MrzResult r = MrzReader.read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        + "L898902C36UTO74081B2F1204159ZE184226B<<<<<10", TODAY);
    assertThat(r.valid()).isFalse();
    assertThat(r.corrections()).isEmpty();
    assertThat(r.findings()).extracting(Finding::code).contains(FindingCode.NOT_NUMERIC);
    assertThat(r.findings().get(0).message()).contains("'B'").contains("does not confirm");
  }

  @Test
  void aConfusableCheckDigitThatStillDisagreesIsAMismatch() {
    MrzResult r = MrzReader.read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
        + "L898902C3BUTO7408122F1204159ZE184226B<<<<<10", TODAY);
    assertThat(r.findings()).extracting(Finding::field, Finding::code)
        .contains(org.assertj.core.groups.Tuple.tuple(MrzField.DOCUMENT_NUMBER_CHECK_DIGIT, FindingCode.CHECK_DIGIT_MISMATCH));
  }

  @Test
  void scannerNoiseIsAcceptedAndReported() {
    MrzResult r = MrzReader.read("\uFEFF  p<utoeriksson<<anna<maria«««««««««««««««««««  \r\n"
        + "\tL898902C36UTO7408122F1204159ZE184226B‹‹‹‹‹10\r\n\r\n", TODAY);
    assertThat(r.valid()).isTrue();
    assertThat(r.data().orElseThrow().surname()).isEqualTo("ERIKSSON");
    assertThat(r.corrections()).extracting(Correction::reason)
        .contains(CorrectionReason.SURROUNDING_WHITESPACE, CorrectionReason.LOWER_CASE,
            CorrectionReason.FILLER_LOOKALIKE, CorrectionReason.LINE_ENDINGS);
  }

  @Test
  void icaoSpecialCodesAreAcceptedAsNationality() {
    for (String code : new String[] {"XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "EUE", "D", "TWN"}) {
      MrzResult r = MrzReader.read(TestMrz.twoLine(MrzFormat.TD3, "P", "UTO", "ERIKSSON", "ANNA",
          "L898902C3", code, LocalDate.of(1974, 8, 12), 'X', LocalDate.of(2030, 1, 1), ""), TODAY);
      assertThat(r.findings()).as(code).isEmpty();
      assertThat(r.data().orElseThrow().nationality()).isEqualTo(code);
      assertThat(r.data().orElseThrow().sex()).isEqualTo(Sex.UNSPECIFIED);
    }
  }

  @Test
  void anUnknownBirthDayMayBeFillers() {
    String l2 = "L898902C36UTO7408<<" + TestMrz.cd("7408<<") + "F1204159ZE184226B<<<<<1";
    l2 += TestMrz.cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
    MrzResult r = MrzReader.read("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + l2, TODAY);
    assertThat(r.findings()).isEmpty();
    assertThat(r.data().orElseThrow().birthDate()).isNull();
  }
}
