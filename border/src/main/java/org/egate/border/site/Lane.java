package org.egate.border.site;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;

/**
 * One e-Gate lane: where it stands, which way it goes, and the day it opened. "A lane refuses service before its
 * opening date" (DESIGN.md).
 */
public record Lane(LaneId id, Location location, Direction direction, LocalDate opensOn, LaneStatus status) {
    public Lane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(opensOn, "opensOn");
        Objects.requireNonNull(status, "status");
    }

    public SiteId site() {
        return location.site();
    }

    /** Why the lane cannot serve anyone on this day, or empty when it can. */
    public Optional<ReasonCode> refusalOn(LocalDate day) {
        if (day.isBefore(opensOn)) {
            return Optional.of(ReasonCode.LANE_NOT_YET_OPEN);
        }
        if (status == LaneStatus.CLOSED) {
            return Optional.of(ReasonCode.LANE_CLOSED);
        }
        return Optional.empty();
    }

    public boolean servesOn(LocalDate day) {
        return refusalOn(day).isEmpty();
    }

    public Lane close() {
        return new Lane(id, location, direction, opensOn, LaneStatus.CLOSED);
    }

    public Lane reopen() {
        return new Lane(id, location, direction, opensOn, LaneStatus.IN_SERVICE);
    }
}
