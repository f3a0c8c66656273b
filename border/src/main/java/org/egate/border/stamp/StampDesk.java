package org.egate.border.stamp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.crossing.Crossing;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.CrossingRepository;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.SiteId;
import org.egate.border.timeline.TaipeiCalendar;

/**
 * Use case: a traveler asks a counter for the entry/exit stamp of an automated crossing. Source: "如需於護照內核蓋當次
 * 入出國查驗章戳，可於當日至移民署公務櫃檯請求補蓋" — the stamp for that crossing, on that (Asia/Taipei) day, once.
 */
public final class StampDesk {
    private final CrossingRepository crossings;
    private final StampRequestRepository stamps;
    private final Clock clock;

    public StampDesk(CrossingRepository crossings, StampRequestRepository stamps, Clock clock) {
        this.crossings = Objects.requireNonNull(crossings, "crossings");
        this.stamps = Objects.requireNonNull(stamps, "stamps");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StampOutcome request(CrossingId crossingId, SiteId counter) {
        Instant now = clock.instant();
        LocalDate today = TaipeiCalendar.dayOf(now);
        Optional<Crossing> crossing = crossings.find(crossingId).filter(Crossing::crossed);
        if (crossing.isEmpty()) {
            return new StampOutcome(ReasonCode.CROSSING_NOT_FOUND, null);
        }
        if (!crossing.get().day().equals(today)) {
            return new StampOutcome(ReasonCode.STAMP_REQUEST_NOT_SAME_DAY, null);
        }
        if (stamps.forCrossing(crossingId).isPresent()) {
            return new StampOutcome(ReasonCode.ALREADY_STAMPED, null);
        }
        StampRequest granted = new StampRequest(stamps.nextId(), crossingId, counter, now, today);
        stamps.save(granted);
        return new StampOutcome(ReasonCode.STAMPED, granted);
    }
}
