package org.egate.border.identity;

import java.time.LocalDate;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.document.catalog.PortCode;

/**
 * Documents the rules require at enrollment that the document catalogue does not describe (it holds ROC-issued
 * documents only). None of them is presented at a lane: the gate reads the resident certificate or the multiple-entry
 * permit instead (DESIGN.md "At the gate: resident-certificate holders present the resident certificate;
 * HK/Macao/PRC holders present the multiple-entry permit").
 */
public enum OtherDocumentType implements DocumentKind {
    /** Any passport not issued by the ROC (foreign residents, diplomats, HK/Macao and PRC residents). */
    FOREIGN_PASSPORT("外國護照", "foreign passport", DocumentRole.TRAVEL_DOCUMENT),
    /** 大陸居民往來台灣通行證 (大通證), shown by PRC spouses and residents instead of a passport. */
    MAINLAND_TRAVEL_PERMIT("大陸居民往來台灣通行證", "mainland travel permit for Taiwan", DocumentRole.TRAVEL_DOCUMENT),
    /** 重入國許可: a foreign resident with (non-permanent) residence needs one. */
    RE_ENTRY_PERMIT("重入國許可", "re-entry permit", DocumentRole.RE_ENTRY_PERMIT),
    /** 多次入國許可 of a national without household registration, valid as long as the resident certificate. */
    NATIONAL_MULTIPLE_ENTRY_PERMIT("無戶籍國民多次入國許可", "multiple-entry permit (nationals without household registration)",
            DocumentRole.MULTIPLE_ENTRY_PERMIT);

    private final String zhTw;
    private final String english;
    private final DocumentRole role;

    OtherDocumentType(String zhTw, String english, DocumentRole role) {
        this.zhTw = zhTw;
        this.english = english;
        this.role = role;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String zhTw() {
        return zhTw;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public DocumentRole role() {
        return role;
    }

    /** All of these carry a printed expiry: valid through that day (inclusive); no expiry recorded is not valid. */
    @Override
    public boolean isValidOn(LocalDate expiry, LocalDate day) {
        return expiry != null && !day.isAfter(expiry);
    }

    @Override
    public Optional<ReasonCode> refusalAt(PortCode port, Direction direction) {
        return Optional.of(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
    }
}
