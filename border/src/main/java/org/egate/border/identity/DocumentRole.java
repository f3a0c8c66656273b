package org.egate.border.identity;

import org.egate.border.reason.ReasonCode;

/** What a document proves in the rules, and the refusal when it has expired. */
public enum DocumentRole {
    /** Passport, Kinmen–Matsu permit, mainland travel permit: identity and nationality for travel. */
    TRAVEL_DOCUMENT(ReasonCode.DOCUMENT_EXPIRED),
    /** National ID card, NHI card, driver's licence: shown once at enrollment. */
    SECONDARY_ID(ReasonCode.DOCUMENT_EXPIRED),
    /** Resident certificate (ARC/APRC): the residence status itself. */
    RESIDENCE_PERMIT(ReasonCode.RESIDENCE_PERMIT_EXPIRED),
    /** Re-entry permit (重入國許可) of a foreign resident. */
    RE_ENTRY_PERMIT(ReasonCode.RE_ENTRY_PERMIT_EXPIRED),
    /** Multiple-entry permits (HK/Macao, PRC, nationals without household registration). */
    MULTIPLE_ENTRY_PERMIT(ReasonCode.MULTIPLE_ENTRY_PERMIT_EXPIRED),
    /** MOFA diplomat ID: stands in for the resident certificate of a diplomat. */
    DIPLOMAT_ID(ReasonCode.DOCUMENT_EXPIRED);

    private final ReasonCode whenExpired;

    DocumentRole(ReasonCode whenExpired) {
        this.whenExpired = whenExpired;
    }

    public ReasonCode whenExpired() {
        return whenExpired;
    }

    /** Whether the document carries a status that must still be valid on the day of a crossing. */
    public boolean isStatusPermit() {
        return this == RESIDENCE_PERMIT || this == RE_ENTRY_PERMIT || this == MULTIPLE_ENTRY_PERMIT
                || this == DIPLOMAT_ID;
    }
}
