package org.egate.border.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RuleBookPropertyTest {
    private final RuleBook book = RuleBook.seeded();

    @Property(tries = 1000)
    void the_version_in_effect_is_the_latest_that_has_started(@ForAll @IntRange(min = 0, max = 9000) int offset) {
        LocalDate day = LocalDate.of(2010, 1, 1).plusDays(offset);
        var expected = book.versions().stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .reduce((a, b) -> b);
        assertThat(book.inEffectOn(day)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void once_open_a_seeded_category_stays_open(@ForAll @IntRange(min = 0, max = 9000) int offset,
            @ForAll Category category) {
        LocalDate day = LocalDate.of(2010, 1, 1).plusDays(offset);
        boolean open = book.inEffectOn(day).map(v -> v.isOpenTo(category)).orElse(false);
        assertThat(open).isEqualTo(!day.isBefore(category.openedOn()));
    }
}
