package org.egate.border.timeline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar every rule is counted in: Asia/Taipei days (DESIGN.md "Time"). Days are taken in this zone whatever
 * zone the injected {@link Clock} carries, so a server started with a UTC clock still changes day at Taipei midnight.
 */
public final class TaipeiCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private TaipeiCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
