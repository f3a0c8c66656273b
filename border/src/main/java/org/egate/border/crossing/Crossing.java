package org.egate.border.crossing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;
import org.egate.border.timeline.TaipeiCalendar;
import org.egate.border.traveler.TravelerId;

/**
 * An entry or exit record made by a lane: who, through which lane, which way, when, and the explained decision. The
 * lane chooses the {@link IdempotencyKey}; the calendar day is the Asia/Taipei day of the instant (stamp requests are
 * same-day by that day).
 */
public record Crossing(CrossingId id, IdempotencyKey key, TravelerId traveler, EnrollmentId enrollment, LaneId lane,
        SiteId site, Direction direction, Instant occurredAt, LocalDate day, ClearanceDecision decision) {

    /** The zone every calendar day in egate is counted in (DESIGN.md "Time"). */
    public static final ZoneId ZONE = TaipeiCalendar.ZONE;

    public Crossing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(traveler, "traveler");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(decision, "decision");
        if (!occurredAt.atZone(ZONE).toLocalDate().equals(day)) {
            throw new IllegalArgumentException("crossing " + id + " at " + occurredAt + " falls on "
                    + occurredAt.atZone(ZONE).toLocalDate() + " in Asia/Taipei, not " + day);
        }
    }

    /** The record of a report, on its Asia/Taipei day. */
    public static Crossing of(CrossingId id, CrossingReport report) {
        return new Crossing(id, report.key(), report.traveler(), report.enrollment(), report.lane(), report.site(),
                report.direction(), report.occurredAt(), report.occurredAt().atZone(ZONE).toLocalDate(),
                report.decision());
    }

    /** True when the traveler went through (accepted or overridden); false for a refused attempt. */
    public boolean crossed() {
        return decision.isCleared();
    }

    /** Whether this record carries the same facts as a report (a retry), whatever its id. */
    public boolean sameFactsAs(CrossingReport report) {
        return key.equals(report.key()) && traveler.equals(report.traveler())
                && enrollment.equals(report.enrollment()) && lane.equals(report.lane()) && site.equals(report.site())
                && direction == report.direction() && occurredAt.equals(report.occurredAt())
                && decision.reason() == report.decision().reason();
    }
}
