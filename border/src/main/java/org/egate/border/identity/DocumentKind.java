package org.egate.border.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.document.catalog.DocumentType;
import org.egate.document.catalog.PortCode;

/**
 * A kind of document seen at enrollment or presented at a lane: either a type of the document catalogue
 * ({@link Catalogued}) or one the catalogue leaves to {@code border} ({@link OtherDocumentType}: foreign passports,
 * the mainland travel permit, re-entry permits, ...). Decision 0043.
 */
public sealed interface DocumentKind permits DocumentKind.Catalogued, OtherDocumentType {

    /** Stable code, stored and sent over HTTP: the catalogue constant's name, or the other type's name. */
    String code();

    String zhTw();

    String english();

    DocumentRole role();

    /** Whether a document of this kind with this expiry ({@code null} = none printed) is valid on a day. */
    boolean isValidOn(LocalDate expiry, LocalDate day);

    /** Why this kind may not be presented at a lane at {@code port} going {@code direction}, or empty if it may. */
    Optional<ReasonCode> refusalAt(PortCode port, Direction direction);

    static DocumentKind of(DocumentType type) {
        return new Catalogued(type);
    }

    /**
     * The kind of a machine-read document from its MRZ document code and issuing state: the catalogue's type for
     * ROC-issued documents, {@code FOREIGN_PASSPORT} for a passport ({@code P...}) of any other issuer, else empty.
     */
    static Optional<DocumentKind> fromMrz(String documentCode, String issuingState) {
        Optional<DocumentType> type = DocumentType.fromMrz(documentCode, issuingState);
        if (type.isPresent()) {
            return Optional.of(of(type.get()));
        }
        if (documentCode != null && documentCode.startsWith("P") && issuingState != null
                && !"TWN".equals(issuingState)) {
            return Optional.of(OtherDocumentType.FOREIGN_PASSPORT);
        }
        return Optional.empty();
    }

    /** Every kind, catalogue first. */
    static List<DocumentKind> values() {
        return DocumentKinds.ALL;
    }

    /** The kind with this {@link #code()}; an unknown code is refused naming it. */
    static DocumentKind parse(String code) {
        Objects.requireNonNull(code, "document kind");
        DocumentKind kind = DocumentKinds.BY_CODE.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("unknown document kind '" + code + "'");
        }
        return kind;
    }

    /** A catalogue document type; where it may be used is the catalogue's answer. */
    record Catalogued(DocumentType type) implements DocumentKind {
        public Catalogued {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String code() {
            return type.name();
        }

        @Override
        public String zhTw() {
            return type.zhTwName();
        }

        @Override
        public String english() {
            return type.englishName();
        }

        @Override
        public DocumentRole role() {
            return switch (type) {
                case RESIDENT_CERTIFICATE, PERMANENT_RESIDENT_CERTIFICATE -> DocumentRole.RESIDENCE_PERMIT;
                case HK_MACAO_RESIDENCE_ENTRY_EXIT_PERMIT, PRC_MULTIPLE_ENTRY_PERMIT ->
                        DocumentRole.MULTIPLE_ENTRY_PERMIT;
                case DIPLOMAT_ID -> DocumentRole.DIPLOMAT_ID;
                default -> switch (type.use()) {
                    case TRAVEL -> DocumentRole.TRAVEL_DOCUMENT;
                    case ENROLLMENT_ID -> DocumentRole.SECONDARY_ID;
                };
            };
        }

        @Override
        public boolean isValidOn(LocalDate expiry, LocalDate day) {
            return type.validity().isValidOn(expiry, day);
        }

        @Override
        public Optional<ReasonCode> refusalAt(PortCode port, Direction direction) {
            return type.refusalAt(port, direction.asDocumentDirection()).map(r -> ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
