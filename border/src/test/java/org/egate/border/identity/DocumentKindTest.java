package org.egate.border.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.document.catalog.DocumentType;
import org.egate.document.catalog.PortCode;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void every_kind_round_trips_through_its_code_and_has_both_names() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(DocumentKind.parse(kind.code())).isEqualTo(kind);
            assertThat(kind.zhTw()).isNotBlank();
            assertThat(kind.english()).isNotBlank();
            assertThat(kind.role()).isNotNull();
        }
        assertThat(DocumentKind.values()).hasSize(DocumentType.values().length + OtherDocumentType.values().length);
        assertThatThrownBy(() -> DocumentKind.parse("BOARDING_PASS")).hasMessageContaining("'BOARDING_PASS'");
    }

    @Test
    void where_a_catalogue_document_may_be_used_is_the_catalogues_answer() {
        DocumentKind permit = DocumentKind.of(DocumentType.KINMEN_MATSU_PERMIT);
        assertThat(permit.refusalAt(PortCode.KINMEN_SHUITOU, Direction.DEPARTURE)).isEmpty();
        assertThat(permit.refusalAt(PortCode.KINMEN_SHUITOU, Direction.ARRIVAL)).isEmpty();
        assertThat(permit.refusalAt(PortCode.TAOYUAN_AIRPORT, Direction.DEPARTURE))
                .contains(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
        assertThat(DocumentKind.of(DocumentType.NATIONAL_ID_CARD).refusalAt(PortCode.TAOYUAN_AIRPORT, Direction.ARRIVAL))
                .contains(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
        assertThat(OtherDocumentType.FOREIGN_PASSPORT.refusalAt(PortCode.TAOYUAN_AIRPORT, Direction.ARRIVAL))
                .contains(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
    }

    @Test
    void a_machine_read_document_gets_its_kind_from_the_mrz_code_and_issuer() {
        assertThat(DocumentKind.fromMrz("P<", "TWN")).contains(DocumentKind.of(DocumentType.ROC_PASSPORT));
        assertThat(DocumentKind.fromMrz("IK", "TWN")).contains(DocumentKind.of(DocumentType.KINMEN_MATSU_PERMIT));
        assertThat(DocumentKind.fromMrz("P<", "USA")).contains(OtherDocumentType.FOREIGN_PASSPORT);
        assertThat(DocumentKind.fromMrz("I<", "USA")).isEmpty();
        assertThat(DocumentKind.fromMrz(null, "TWN")).isEmpty();
    }

    @Test
    void roles_name_the_refusal_for_an_expired_document() {
        assertThat(DocumentKind.of(DocumentType.RESIDENT_CERTIFICATE).role().whenExpired())
                .isEqualTo(ReasonCode.RESIDENCE_PERMIT_EXPIRED);
        assertThat(DocumentKind.of(DocumentType.HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT).role().whenExpired())
                .isEqualTo(ReasonCode.MULTIPLE_ENTRY_PERMIT_EXPIRED);
        assertThat(OtherDocumentType.RE_ENTRY_PERMIT.role().whenExpired()).isEqualTo(ReasonCode.RE_ENTRY_PERMIT_EXPIRED);
        assertThat(DocumentKind.of(DocumentType.ROC_PASSPORT).role()).isEqualTo(DocumentRole.TRAVEL_DOCUMENT);
        assertThat(DocumentKind.of(DocumentType.NHI_CARD).role()).isEqualTo(DocumentRole.SECONDARY_ID);
    }

    @Test
    void documents_without_expiry_stay_valid_and_others_are_valid_through_their_expiry_day() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThat(DocumentKind.of(DocumentType.NATIONAL_ID_CARD).isValidOn(null, day)).isTrue();
        assertThat(OtherDocumentType.RE_ENTRY_PERMIT.isValidOn(day, day)).isTrue();
        assertThat(OtherDocumentType.RE_ENTRY_PERMIT.isValidOn(day.minusDays(1), day)).isFalse();
        assertThat(OtherDocumentType.RE_ENTRY_PERMIT.isValidOn(null, day)).isFalse();
        assertThat(DocumentKey.of(DocumentKind.of(DocumentType.ROC_PASSPORT), "TWN", "300000001").toString())
                .isEqualTo("ROC_PASSPORT/TWN/300000001");
    }
}
