package org.egate.border.identity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document an officer saw at enrollment (or a renewal of it): which document and until when it is valid.
 *
 * @param expiresOn last valid day as printed; {@code null} for documents without expiry (national ID card, ...)
 */
public record IdentityDocument(DocumentKey key, LocalDate expiresOn) {
    public IdentityDocument {
        Objects.requireNonNull(key, "key");
    }

    public DocumentKind kind() {
        return key.kind();
    }

    public DocumentRole role() {
        return key.kind().role();
    }

    public boolean isValidOn(LocalDate day) {
        return key.kind().isValidOn(expiresOn, day);
    }

    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiresOn);
    }
}
