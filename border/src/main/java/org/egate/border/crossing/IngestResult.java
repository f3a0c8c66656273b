package org.egate.border.crossing;

import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;

/**
 * What happened to a reported crossing: stored now, already stored (a retry: same key, same facts), or refused
 * (unknown lane, wrong direction, or the key reused for different facts).
 *
 * @param crossing the stored record ({@code null} when refused)
 * @param refusal why it was refused ({@code null} otherwise)
 */
public record IngestResult(Status status, Crossing crossing, ReasonCode refusal) {
    public enum Status { RECORDED, DUPLICATE, REFUSED }

    public IngestResult {
        Objects.requireNonNull(status, "status");
        if ((status == Status.REFUSED) != (refusal != null) || (status == Status.REFUSED) == (crossing != null)) {
            throw new IllegalArgumentException("status " + status + " with crossing " + crossing + ", refusal " + refusal);
        }
    }

    public static IngestResult recorded(Crossing crossing) {
        return new IngestResult(Status.RECORDED, crossing, null);
    }

    public static IngestResult duplicate(Crossing crossing) {
        return new IngestResult(Status.DUPLICATE, crossing, null);
    }

    public static IngestResult refused(ReasonCode reason) {
        return new IngestResult(Status.REFUSED, null, reason);
    }

    public Optional<Crossing> stored() {
        return Optional.ofNullable(crossing);
    }
}
