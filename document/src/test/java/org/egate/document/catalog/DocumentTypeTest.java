package org.egate.document.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentTypeTest {
  @Test
  void kinmenMatsuPermitIsRefusedAtTaoyuan() {
    assertThat(DocumentType.KINMEN_MATSU_PERMIT.refusalAt(PortCode.TAOYUAN_AIRPORT, Direction.EXIT))
        .contains(UsageRefusal.PORT_NOT_ALLOWED);
    assertThat(DocumentType.KINMEN_MATSU_PERMIT.usableAt(PortCode.TAOYUAN_AIRPORT, Direction.ENTRY))
        .isFalse();
  }

  @Test
  void kinmenMatsuPermitIsUsableAtShuitouBothWays() {
    assertThat(DocumentType.KINMEN_MATSU_PERMIT.usableAt(PortCode.KINMEN_SHUITOU, Direction.ENTRY)).isTrue();
    assertThat(DocumentType.KINMEN_MATSU_PERMIT.usableAt(PortCode.KINMEN_SHUITOU, Direction.EXIT)).isTrue();
    assertThat(DocumentType.KINMEN_MATSU_PERMIT.ports()).containsExactly(PortCode.KINMEN_SHUITOU);
  }

  @Test
  void rocPassportIsUsableAtEveryEgatePort() {
    for (PortCode port :
        new PortCode[] {
          PortCode.TAOYUAN_AIRPORT, PortCode.SONGSHAN_AIRPORT, PortCode.TAICHUNG_AIRPORT,
          PortCode.KAOHSIUNG_AIRPORT, PortCode.KINMEN_SHUITOU
        }) {
      assertThat(DocumentType.ROC_PASSPORT.usableAt(port, Direction.EXIT)).as(port.value()).isTrue();
    }
  }

  @Test
  void aPortWithoutEgatesIsRefused() {
    assertThat(DocumentType.ROC_PASSPORT.refusalAt(new PortCode("TWMZG"), Direction.ENTRY))
        .contains(UsageRefusal.PORT_NOT_ALLOWED);
  }

  @ParameterizedTest
  @EnumSource(names = {"NATIONAL_ID_CARD", "NHI_CARD", "DRIVERS_LICENCE"})
  void enrollmentIdsAreNotTravelDocuments(DocumentType type) {
    assertThat(type.use()).isEqualTo(DocumentUse.ENROLLMENT_ID);
    assertThat(type.readingMethod().machineReadable()).isFalse();
    assertThat(type.refusalAt(PortCode.TAOYUAN_AIRPORT, Direction.EXIT))
        .contains(UsageRefusal.NOT_A_TRAVEL_DOCUMENT);
    assertThat(type.holderFields()).contains(HolderField.NATIONAL_ID_NUMBER);
  }

  @ParameterizedTest
  @EnumSource(mode = EnumSource.Mode.MATCH_NONE, names = {"NATIONAL_ID_CARD", "NHI_CARD", "DRIVERS_LICENCE"})
  void travelDocumentsAreMachineReadableAndMapBackFromTheirMrzCode(DocumentType type) {
    assertThat(type.readingMethod().machineReadable()).isTrue();
    String code = type.mrzDocumentCode().orElseThrow();
    assertThat(DocumentType.fromMrz(code.length() == 1 ? code + "<" : code, "TWN")).contains(type);
  }

  @Test
  void residentCertificateHoldersAreIdentifiedByTheUniformIdNumber() {
    assertThat(DocumentType.RESIDENT_CERTIFICATE.holderFields())
        .contains(HolderField.RESIDENT_CERTIFICATE_NUMBER);
    assertThat(DocumentType.PERMANENT_RESIDENT_CERTIFICATE.holderFields())
        .contains(HolderField.RESIDENT_CERTIFICATE_NUMBER);
  }

  @Test
  void foreignPassportsAreNotInTheCatalogue() {
    assertThat(DocumentType.fromMrz("P<", "UTO")).isEmpty();
    assertThat(DocumentType.fromMrz("P<", "TWN")).contains(DocumentType.ROC_PASSPORT);
  }
}
