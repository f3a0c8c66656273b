package org.egate.border.stamp;

import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;

/** The answer to a stamp request: {@code STAMPED} with the request, or the reason it was refused. */
public record StampOutcome(ReasonCode reason, StampRequest request) {
    public StampOutcome {
        Objects.requireNonNull(reason, "reason");
        if ((reason == ReasonCode.STAMPED) != (request != null)) {
            throw new IllegalArgumentException("reason " + reason + " with request " + request);
        }
    }

    public boolean isStamped() {
        return request != null;
    }

    public Optional<StampRequest> granted() {
        return Optional.ofNullable(request);
    }
}
