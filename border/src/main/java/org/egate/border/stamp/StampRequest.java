package org.egate.border.stamp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.egate.border.crossing.CrossingId;
import org.egate.border.site.SiteId;

/** A granted stamp request (補蓋章戳): the counter added the entry/exit stamp for one crossing, on its day. */
public record StampRequest(StampRequestId id, CrossingId crossing, SiteId counter, Instant stampedAt, LocalDate day) {
    public StampRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(crossing, "crossing");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(stampedAt, "stampedAt");
        Objects.requireNonNull(day, "day");
    }
}
