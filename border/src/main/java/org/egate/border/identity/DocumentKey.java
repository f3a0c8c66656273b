package org.egate.border.identity;

import java.util.Objects;
import org.egate.document.catalog.DocumentNumber;
import org.egate.document.catalog.IssuingState;

/** What identifies one physical document: its kind, issuer and number. Lanes look enrollments up by it. */
public record DocumentKey(DocumentKind kind, IssuingState issuer, DocumentNumber number) {
    public DocumentKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(number, "number");
    }

    public static DocumentKey of(DocumentKind kind, String issuer, String number) {
        return new DocumentKey(kind, new IssuingState(issuer), new DocumentNumber(number));
    }

    @Override
    public String toString() {
        return kind.code() + "/" + issuer + "/" + number;
    }
}
