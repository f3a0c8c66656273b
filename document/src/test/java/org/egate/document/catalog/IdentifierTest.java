package org.egate.document.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  @ParameterizedTest
  @ValueSource(strings = {"A123456789", "A100000001", "F131104093"})
  void knownValidNationalIdNumbersPass(String number) {
    assertThat(NationalIdNumber.isValid(number)).isTrue();
    assertThat(new NationalIdNumber(number).value()).isEqualTo(number);
  }

  /**
   * The weights are 8..1, 1: a change whose weight times difference is a multiple of 10 (by 5 at
   * an even weight, by an even amount at weight 5) keeps the sum, the algorithm's known blind
   * spot. Every other single-digit change is caught.
   */
  @Test
  void everySingleDigitCorruptionOfANationalIdNumberIsCaughtExceptTheKnownBlindSpot() {
    String valid = "A123456789";
    int[] weight = {0, 8, 7, 6, 5, 4, 3, 2, 1, 1};
    int caught = 0;
    for (int i = 1; i < valid.length(); i++) {
      for (char d = '0'; d <= '9'; d++) {
        if (d == valid.charAt(i)) {
          continue;
        }
        String corrupt = valid.substring(0, i) + d + valid.substring(i + 1);
        boolean blindSpot = (weight[i] * (d - valid.charAt(i))) % 10 == 0;
        if (i == 1 && d != '1' && d != '2') {
          blindSpot = false; // not even well formed: the sex digit must be 1 or 2
        }
        assertThat(NationalIdNumber.isValid(corrupt)).as(corrupt).isEqualTo(blindSpot);
        caught += blindSpot ? 0 : 1;
      }
    }
    assertThat(caught).isGreaterThan(70);
  }

  @Test
  void aWrongLeadingLetterIsCaught() {
    assertThat(NationalIdNumber.isValid("B123456789")).isFalse();
  }

  @Test
  void badNationalIdNumbersNameTheValue() {
    assertThatThrownBy(() -> new NationalIdNumber("A123456788"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'A123456788'")
        .hasMessageContaining("check digit");
    assertThatThrownBy(() -> new NationalIdNumber("A323456789"))
        .hasMessageContaining("'A323456789'");
    assertThatThrownBy(() -> new NationalIdNumber("a123456789")).hasMessageContaining("'a123456789'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AA00000009", "AB00000001", "AC00000003", "AD00000005"})
  void oldResidentCertificateNumbersPass(String number) {
    ResidentCertificateNumber n = new ResidentCertificateNumber(number);
    assertThat(n.format()).isEqualTo(ResidentCertificateNumber.Format.OLD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A800000014", "A800000005", "A900000007"})
  void uniform2021ResidentCertificateNumbersPass(String number) {
    ResidentCertificateNumber n = new ResidentCertificateNumber(number);
    assertThat(n.format()).isEqualTo(ResidentCertificateNumber.Format.UNIFORM_2021);
  }

  @Test
  void the2021FormatUsesTheNationalIdCheck() {
    // Same digits, second character 8 instead of 1: only the check digit must change.
    String first9 = "A80000001";
    char check = UniformIdCheck.checkDigitFor(first9);
    assertThat(ResidentCertificateNumber.isValid(first9 + check)).isTrue();
    for (char d = '0'; d <= '9'; d++) {
      if (d != check) {
        assertThat(ResidentCertificateNumber.isValid(first9 + d)).as(first9 + d).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"AA00000008", "AE00000009", "A700000001", "A12345678", "A123456789", "1A00000009"})
  void badResidentCertificateNumbersAreRefused(String number) {
    assertThat(ResidentCertificateNumber.isValid(number)).isFalse();
    assertThatThrownBy(() -> new ResidentCertificateNumber(number)).hasMessageContaining("'" + number + "'");
  }

  @Test
  void issuingStatesIncludeIcaoSpecialCodes() {
    for (String code : new String[] {"D", "XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "EUE", "TWN"}) {
      assertThat(IssuingState.isKnown(code)).as(code).isTrue();
    }
    assertThat(new IssuingState("XXA").isIcaoSpecial()).isTrue();
    assertThat(IssuingState.TWN.isIcaoSpecial()).isFalse();
    assertThatThrownBy(() -> new IssuingState("QQQ")).hasMessageContaining("'QQQ'");
  }

  @Test
  void documentNumbersAndPortCodesValidate() {
    assertThat(new DocumentNumber("L898902C3").value()).isEqualTo("L898902C3");
    assertThatThrownBy(() -> new DocumentNumber("L89<902")).hasMessageContaining("'L89<902'");
    assertThatThrownBy(() -> new DocumentNumber("")).hasMessageContaining("''");
    assertThat(new PortCode("TWKNH").country()).isEqualTo("TW");
    assertThatThrownBy(() -> new PortCode("TW1NH")).hasMessageContaining("'TW1NH'");
    assertThatThrownBy(() -> new NhiCardNumber("12345")).hasMessageContaining("'12345'");
  }

  @Test
  void documentsAreValidThroughTheirExpiryDate() {
    ValidityRule rule = DocumentType.ROC_PASSPORT.validity();
    LocalDate expiry = LocalDate.of(2030, 6, 30);
    assertThat(rule.isValidOn(expiry, expiry)).isTrue();
    assertThat(rule.isValidOn(expiry, expiry.plusDays(1))).isFalse();
    assertThat(rule.isPlausibleExpiry(LocalDate.of(2036, 1, 1), LocalDate.of(2026, 1, 1))).isTrue();
    assertThat(rule.isPlausibleExpiry(LocalDate.of(2036, 1, 2), LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(DocumentType.NATIONAL_ID_CARD.validity().isValidOn(null, LocalDate.of(2099, 1, 1))).isTrue();
  }
}
