package org.egate.border.traveler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Age against the ROC Civil Code reading (decision 0042), over many birth dates and days. */
class AgePropertyTest {

    /** The day someone completes {@code years}: the anniversary, or 1 March when 29 February does not exist. */
    private static LocalDate anniversary(LocalDate birth, int years) {
        int year = birth.getYear() + years;
        MonthDay day = MonthDay.from(birth);
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 3, 1);
    }

    @Property(tries = 2000)
    void one_is_n_years_old_from_the_nth_anniversary_and_not_the_day_before(
            @ForAll @IntRange(min = 0, max = 40000) int birthOffset, @ForAll @IntRange(min = 1, max = 90) int years) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(birthOffset);
        LocalDate completed = anniversary(birth, years);
        assertThat(Age.on(birth, completed).isAtLeast(Age.ofYears(years))).isTrue();
        assertThat(Age.on(birth, completed.minusDays(1)).isAtLeast(Age.ofYears(years))).isFalse();
    }
}
