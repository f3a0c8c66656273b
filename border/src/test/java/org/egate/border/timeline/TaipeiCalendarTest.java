package org.egate.border.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TaipeiCalendarTest {

    @Test
    void a_utc_clock_still_changes_day_at_taipei_midnight() {
        Clock utc = Clock.fixed(Instant.parse("2017-03-07T16:00:00Z"), ZoneOffset.UTC);
        assertThat(TaipeiCalendar.today(utc)).isEqualTo(LocalDate.of(2017, 3, 8));
        Clock justBefore = Clock.fixed(Instant.parse("2017-03-07T15:59:59Z"), ZoneOffset.UTC);
        assertThat(TaipeiCalendar.today(justBefore)).isEqualTo(LocalDate.of(2017, 3, 7));
    }

    @Test
    void milestones_hold_from_their_day() {
        assertThat(Milestone.FINGERPRINTS_MANDATORY.reachedOn(LocalDate.of(2017, 3, 7))).isFalse();
        assertThat(Milestone.FINGERPRINTS_MANDATORY.reachedOn(LocalDate.of(2017, 3, 8))).isTrue();
    }
}
