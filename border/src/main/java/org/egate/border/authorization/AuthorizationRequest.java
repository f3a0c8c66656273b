package org.egate.border.authorization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.identity.DocumentKey;
import org.egate.border.site.LaneId;

/**
 * A lane's question: may the holder of this document use this lane now?
 *
 * @param expiryRead the expiry date read from the document (MRZ/chip), {@code null} if the lane could not read one;
 *     it wins over the enrolled date because the physical document is what is presented
 */
public record AuthorizationRequest(LaneId lane, DocumentKey document, LocalDate expiryRead) {
    public AuthorizationRequest {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(document, "document");
    }

    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiryRead);
    }
}
