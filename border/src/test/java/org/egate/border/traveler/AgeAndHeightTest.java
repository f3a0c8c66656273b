package org.egate.border.traveler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgeAndHeightTest {
    private static final Age FOURTEEN = Age.ofYears(14);

    @Test
    void thirteen_years_364_days_is_thirteen_and_the_birthday_is_fourteen() {
        LocalDate birth = LocalDate.of(2000, 6, 15);
        assertThat(Age.on(birth, LocalDate.of(2014, 6, 14))).isEqualTo(Age.ofYears(13));
        assertThat(Age.on(birth, LocalDate.of(2014, 6, 14)).isAtLeast(FOURTEEN)).isFalse();
        assertThat(Age.on(birth, LocalDate.of(2014, 6, 15)).isAtLeast(FOURTEEN)).isTrue();
    }

    @Test
    void a_29_february_birthday_ages_on_1_march_in_common_years() {
        LocalDate birth = LocalDate.of(2000, 2, 29);
        assertThat(Age.on(birth, LocalDate.of(2014, 2, 28))).isEqualTo(Age.ofYears(13));
        assertThat(Age.on(birth, LocalDate.of(2014, 3, 1))).isEqualTo(Age.ofYears(14));
    }

    @Test
    void a_29_february_birthday_ages_on_29_february_in_leap_years() {
        LocalDate birth = LocalDate.of(1998, 2, 28);
        LocalDate leapBirth = LocalDate.of(2000, 2, 29);
        assertThat(Age.on(leapBirth, LocalDate.of(2016, 2, 28))).isEqualTo(Age.ofYears(15));
        assertThat(Age.on(leapBirth, LocalDate.of(2016, 2, 29))).isEqualTo(Age.ofYears(16));
        assertThat(Age.on(birth, LocalDate.of(2012, 2, 28))).isEqualTo(Age.ofYears(14));
    }

    @Test
    void a_birth_after_the_day_is_refused() {
        assertThatThrownBy(() -> Age.on(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("2020-01-02");
    }

    @Test
    void one_hundred_thirty_nine_centimetres_is_below_one_hundred_forty() {
        Height minimum = Height.ofCentimeters(140);
        assertThat(Height.ofCentimeters(139).isAtLeast(minimum)).isFalse();
        assertThat(Height.ofCentimeters(140).isAtLeast(minimum)).isTrue();
        assertThatThrownBy(() -> Height.ofCentimeters(0)).hasMessageContaining("0 cm");
    }
}
