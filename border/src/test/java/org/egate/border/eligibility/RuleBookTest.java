package org.egate.border.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.egate.border.traveler.Age;
import org.egate.border.traveler.Height;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    private final RuleBook book = RuleBook.seeded();

    private RuleVersionId versionOn(String day) {
        return book.inEffectOn(LocalDate.parse(day)).map(RuleVersion::id).orElse(null);
    }

    @Test
    void nothing_is_in_effect_before_the_trial() {
        assertThat(book.inEffectOn(LocalDate.of(2011, 3, 28))).isEmpty();
        assertThat(versionOn("2011-03-29")).isEqualTo(RuleVersionId.of("2011-03-29-trial"));
    }

    @Test
    void each_seeded_version_takes_effect_on_its_day_and_not_the_day_before() {
        assertThat(versionOn("2012-09-02")).isEqualTo(RuleVersionId.of("2011-03-29-trial"));
        assertThat(versionOn("2012-09-03")).isEqualTo(RuleVersionId.of("2012-09-03-non-citizens"));
        assertThat(versionOn("2012-12-31")).isEqualTo(RuleVersionId.of("2012-09-03-non-citizens"));
        assertThat(versionOn("2013-01-01")).isEqualTo(RuleVersionId.of("2013-01-01-prc-spouses"));
        assertThat(versionOn("2017-03-07")).isEqualTo(RuleVersionId.of("2013-01-01-prc-spouses"));
        assertThat(versionOn("2017-03-08")).isEqualTo(RuleVersionId.of("2017-03-08-fingerprints"));
    }

    @Test
    void categories_open_on_their_source_days() {
        for (Category category : Category.values()) {
            LocalDate opened = category.openedOn();
            assertThat(book.inEffectOn(opened).orElseThrow().isOpenTo(category)).as("%s on %s", category, opened)
                    .isTrue();
            assertThat(book.inEffectOn(opened.minusDays(1)).map(v -> v.isOpenTo(category)).orElse(false))
                    .as("%s the day before", category).isFalse();
        }
    }

    @Test
    void fingerprints_are_optional_for_nationals_until_2017_03_08_and_always_required_for_non_citizens() {
        RuleVersion before = book.inEffectOn(LocalDate.of(2017, 3, 7)).orElseThrow();
        RuleVersion from = book.inEffectOn(LocalDate.of(2017, 3, 8)).orElseThrow();
        assertThat(before.requiresFingerprints(Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION)).isFalse();
        assertThat(from.requiresFingerprints(Category.NATIONAL_WITH_HOUSEHOLD_REGISTRATION)).isTrue();
        assertThat(before.requiresFingerprints(Category.FOREIGN_RESIDENT)).isTrue();
        assertThat(before.requiresFingerprints(Category.PRC_SPOUSE_DEPENDENT_RESIDENCE)).isTrue();
    }

    @Test
    void an_administrators_dated_version_takes_effect_on_its_day() {
        RuleVersion lowered = book.latest().next(RuleVersionId.of("2019-07-01-age-12"), LocalDate.of(2019, 7, 1),
                Age.ofYears(12), Height.ofCentimeters(140), "Notice lowering the age to 12");
        RuleBook changed = book.with(lowered);
        assertThat(changed.inEffectOn(LocalDate.of(2019, 6, 30)).orElseThrow().minimumAge()).isEqualTo(Age.ofYears(14));
        assertThat(changed.inEffectOn(LocalDate.of(2019, 7, 1)).orElseThrow().minimumAge()).isEqualTo(Age.ofYears(12));
        assertThat(changed.inEffectOn(LocalDate.of(2019, 7, 1)).orElseThrow().fingerprintsMandatory()).isTrue();
        assertThat(book.inEffectOn(LocalDate.of(2019, 7, 1)).orElseThrow().minimumAge()).isEqualTo(Age.ofYears(14));
    }

    @Test
    void two_versions_on_one_day_or_with_one_id_are_refused() {
        RuleVersion sameDay = book.latest().next(RuleVersionId.of("other"), LocalDate.of(2017, 3, 8),
                Age.ofYears(12), Height.ofCentimeters(140), "clash");
        assertThatThrownBy(() -> book.with(sameDay)).hasMessageContaining("2017-03-08");
        RuleVersion sameId = book.latest().next(RuleVersionId.of("2011-03-29-trial"), LocalDate.of(2030, 1, 1),
                Age.ofYears(12), Height.ofCentimeters(140), "clash");
        assertThatThrownBy(() -> book.with(sameId)).hasMessageContaining("unique");
        assertThatThrownBy(() -> RuleVersionId.of("Bad Id")).hasMessageContaining("'Bad Id'");
    }
}
