package org.egate.document.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What each kind of bad input gets: a specific finding, never an exception. */
class BadInputTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final String L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  static final String L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  static MrzResult read(String text) {
    return MrzReader.read(text, TODAY);
  }

  @Test
  void emptyAndBlankInputIsEmptyInput() {
    assertThat(read("").findings()).extracting(Finding::code).containsExactly(FindingCode.EMPTY_INPUT);
    assertThat(read(" \n\r\n\t").findings()).extracting(Finding::code).containsExactly(FindingCode.EMPTY_INPUT);
    assertThat(read(null).findings()).extracting(Finding::code).containsExactly(FindingCode.EMPTY_INPUT);
  }

  @Test
  void oneShortLineOrFourLinesIsTheWrongLineCount() {
    assertThat(read(L1).findings()).extracting(Finding::code).containsExactly(FindingCode.WRONG_LINE_COUNT);
    assertThat(read(L1 + "\n" + L2 + "\n" + L2 + "\n" + L2).findings())
        .extracting(Finding::code).containsExactly(FindingCode.WRONG_LINE_COUNT);
  }

  @Test
  void aLineOneCharacterShortIsTheWrongLineLengthNamingTheLine() {
    MrzResult r = read(L1 + "\n" + L2.substring(1));
    assertThat(r.valid()).isFalse();
    assertThat(r.data()).isEmpty();
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.WRONG_LINE_LENGTH);
    assertThat(r.findings().get(0).message()).isEqualTo("line 2 has 43 characters but TD3 needs 44");
  }

  @Test
  void anIllegalCharacterIsReportedWithItsFieldAndPlace() {
    MrzResult r = read(L1 + "\n" + L2.replace("ZE184226B", "ZE18#226B"));
    assertThat(r.findings()).extracting(Finding::field, Finding::code)
        .contains(org.assertj.core.groups.Tuple.tuple(MrzField.OPTIONAL_DATA, FindingCode.ILLEGAL_CHARACTER));
    assertThat(r.findings().get(0).message()).contains("'#'").contains("line 2, column 33");
  }

  @Test
  void wrongDocumentCodeSexAndStateAreFindings() {
    assertThat(read("X" + L1.substring(1) + "\n" + L2).findings())
        .extracting(Finding::code).containsExactly(FindingCode.INVALID_DOCUMENT_CODE);
    assertThat(read(L1 + "\n" + L2.replace("2F1", "2Q1")).findings())
        .extracting(Finding::code).containsExactly(FindingCode.INVALID_SEX);
    MrzResult state = read(L1.replace("P<UTO", "P<QQQ") + "\n" + L2);
    assertThat(state.findings()).extracting(Finding::code).containsExactly(FindingCode.UNKNOWN_STATE);
    assertThat(state.findings().get(0).message()).contains("'QQQ'");
  }

  @Test
  void eachWrongCheckDigitIsItsOwnFinding() {
    String bad = "L898902C37UTO7408123F1204158ZE184226B<<<<<21";
    assertThat(read(L1 + "\n" + bad).findings()).extracting(Finding::field)
        .containsExactly(MrzField.DOCUMENT_NUMBER_CHECK_DIGIT, MrzField.BIRTH_DATE_CHECK_DIGIT,
            MrzField.EXPIRY_DATE_CHECK_DIGIT, MrzField.OPTIONAL_DATA_CHECK_DIGIT,
            MrzField.COMPOSITE_CHECK_DIGIT);
  }

  @Test
  void binaryGarbageGetsFindingsNotExceptions() {
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      MrzResult r = read(new String(bytes, StandardCharsets.ISO_8859_1));
      assertThat(r.valid()).isFalse();
      assertThat(r.findings()).isNotEmpty();
    }
  }

  @Test
  void randomTextInEveryLayoutGetsFindingsNotExceptions() {
    Random random = new Random(7);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<OISZB abc«#\u00e9\r";
    int[][] shapes = {{2, 44}, {2, 36}, {3, 30}, {1, 88}, {1, 90}, {1, 72}, {2, 43}, {3, 31}};
    for (int i = 0; i < 20_000; i++) {
      int[] shape = shapes[random.nextInt(shapes.length)];
      StringBuilder b = new StringBuilder();
      for (int line = 0; line < shape[0]; line++) {
        for (int k = 0; k < shape[1]; k++) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        b.append('\n');
      }
      MrzResult r = read(b.toString());
      assertThat(r.valid() || !r.findings().isEmpty()).isTrue();
    }
  }

  @Test
  void tenMegabytesOfTextIsRefusedAtOnce() {
    String big = "A".repeat(10 * 1024 * 1024);
    long start = System.nanoTime();
    MrzResult r = read(big);
    assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.INPUT_TOO_LONG);
    assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
  }

  @Test
  void aTd1WhoseLongNumberDoesNotContinueIsMalformed() {
    MrzResult r = read("I<UTOD23145890<<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    assertThat(r.findings()).extracting(Finding::code).contains(FindingCode.MALFORMED_DOCUMENT_NUMBER);
  }

  @Test
  void aNameWithDigitsOrWithoutSurnameIsMalformed() {
    assertThat(read("P<UTOERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + L2).findings())
        .extracting(Finding::code).containsExactly(FindingCode.MALFORMED_NAME);
    assertThat(read("P<UTO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + L2).findings())
        .extracting(Finding::code).containsExactly(FindingCode.MALFORMED_NAME);
  }
}
