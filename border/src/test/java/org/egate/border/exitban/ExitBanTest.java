package org.egate.border.exitban;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.egate.border.fixtures.InMemoryExitBanRepository;
import org.egate.border.site.Direction;
import org.egate.border.traveler.TravelerId;
import org.junit.jupiter.api.Test;

class ExitBanTest {
    private static final TravelerId TRAVELER = new TravelerId(new UUID(1, 1));
    private static final LocalDate START = LocalDate.of(2020, 5, 1);
    private final ExitBan ban = ExitBan.imposed(new ExitBanId(new UUID(2, 2)), TRAVELER, START, "Taipei District Court");

    @Test
    void a_ban_stops_departures_from_its_first_day_but_never_arrivals() {
        assertThat(ban.stops(Direction.DEPARTURE, START.minusDays(1))).isFalse();
        assertThat(ban.stops(Direction.DEPARTURE, START)).isTrue();
        assertThat(ban.stops(Direction.ARRIVAL, START)).isFalse();
        assertThat(ban.stops(Direction.ARRIVAL, START.plusYears(1))).isFalse();
    }

    @Test
    void a_ban_with_an_end_day_stops_through_that_day_only() {
        ExitBan dated = new ExitBan(ban.id(), TRAVELER, START, LocalDate.of(2020, 6, 30), null, "tax office");
        assertThat(dated.stops(Direction.DEPARTURE, LocalDate.of(2020, 6, 30))).isTrue();
        assertThat(dated.stops(Direction.DEPARTURE, LocalDate.of(2020, 7, 1))).isFalse();
    }

    @Test
    void a_lifted_ban_allows_departure_from_the_day_it_was_lifted() {
        ExitBan lifted = ban.liftOn(LocalDate.of(2021, 1, 10));
        assertThat(lifted.stops(Direction.DEPARTURE, LocalDate.of(2021, 1, 9))).isTrue();
        assertThat(lifted.stops(Direction.DEPARTURE, LocalDate.of(2021, 1, 10))).isFalse();
        assertThatThrownBy(() -> lifted.liftOn(LocalDate.of(2021, 2, 1))).hasMessageContaining("already lifted");
    }

    @Test
    void inconsistent_days_are_refused_naming_them() {
        assertThatThrownBy(() -> new ExitBan(ban.id(), TRAVELER, START, START.minusDays(1), null, "x"))
                .hasMessageContaining("2020-04-30").hasMessageContaining("2020-05-01");
    }

    @Test
    void the_repository_answers_per_traveler_and_direction() {
        InMemoryExitBanRepository bans = new InMemoryExitBanRepository();
        bans.save(ban);
        assertThat(bans.stops(TRAVELER, Direction.DEPARTURE, START)).isTrue();
        assertThat(bans.stops(TRAVELER, Direction.ARRIVAL, START)).isFalse();
        assertThat(bans.stops(new TravelerId(new UUID(9, 9)), Direction.DEPARTURE, START)).isFalse();
        assertThat(bans.inForce(TRAVELER, START.minusDays(1))).isFalse();
    }
}
