package org.egate.border.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egate.border.site.SiteCatalog.KAOHSIUNG;
import static org.egate.border.site.SiteCatalog.SHUITOU;
import static org.egate.border.site.SiteCatalog.SONGSHAN;
import static org.egate.border.site.SiteCatalog.T1;
import static org.egate.border.site.SiteCatalog.T2;
import static org.egate.border.site.SiteCatalog.TAICHUNG;
import static org.egate.border.site.SiteCatalog.TAIPEI_STATION;
import static org.egate.border.site.SiteCatalog.TAOYUAN;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.egate.border.reason.ReasonCode;
import org.egate.document.catalog.PortCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SiteCatalogTest {
    private final SiteCatalog catalog = SiteCatalog.seeded();

    static Stream<Arguments> openingDays() {
        return Stream.of(
                Arguments.of(SHUITOU, TerminalCode.MAIN, Direction.DEPARTURE, "2011-03-29"),
                Arguments.of(SHUITOU, TerminalCode.MAIN, Direction.ARRIVAL, "2011-03-29"),
                Arguments.of(KAOHSIUNG, TerminalCode.MAIN, Direction.DEPARTURE, "2011-08-01"),
                Arguments.of(KAOHSIUNG, TerminalCode.MAIN, Direction.ARRIVAL, "2011-08-01"),
                Arguments.of(SONGSHAN, TerminalCode.MAIN, Direction.ARRIVAL, "2011-08-09"),
                Arguments.of(SONGSHAN, TerminalCode.MAIN, Direction.DEPARTURE, "2011-08-23"),
                Arguments.of(TAOYUAN, T2, Direction.DEPARTURE, "2011-09-13"),
                Arguments.of(TAOYUAN, T2, Direction.ARRIVAL, "2011-09-13"),
                Arguments.of(TAICHUNG, TerminalCode.MAIN, Direction.DEPARTURE, "2013-04-10"),
                Arguments.of(TAICHUNG, TerminalCode.MAIN, Direction.ARRIVAL, "2013-04-10"),
                Arguments.of(TAOYUAN, T1, Direction.DEPARTURE, "2013-05-09"),
                Arguments.of(TAOYUAN, T1, Direction.ARRIVAL, "2013-05-09"));
    }

    @ParameterizedTest(name = "{0} {1} {2} opens {3}")
    @MethodSource("openingDays")
    void every_seeded_lane_refuses_the_day_before_its_opening_and_serves_on_the_day(
            SiteId site, TerminalCode terminal, Direction direction, String day) {
        LocalDate opening = LocalDate.parse(day);
        var lanes = catalog.lanes().stream()
                .filter(l -> l.location().equals(Location.of(site, terminal)) && l.direction() == direction)
                .toList();
        assertThat(lanes).hasSize(SiteCatalog.SEED_LANES_PER_DIRECTION);
        for (Lane lane : lanes) {
            assertThat(lane.refusalOn(opening.minusDays(1))).contains(ReasonCode.LANE_NOT_YET_OPEN);
            assertThat(lane.refusalOn(opening)).isEmpty();
        }
    }

    @Test
    void songshan_departures_refuse_on_arrival_opening_day() {
        Lane departure = catalog.lane(LaneId.of("SONGSHAN-MAIN-D01")).orElseThrow();
        Lane arrival = catalog.lane(LaneId.of("SONGSHAN-MAIN-A01")).orElseThrow();
        LocalDate arrivalsOpen = LocalDate.of(2011, 8, 9);
        assertThat(arrival.servesOn(arrivalsOpen)).isTrue();
        assertThat(departure.refusalOn(arrivalsOpen)).contains(ReasonCode.LANE_NOT_YET_OPEN);
        assertThat(departure.refusalOn(LocalDate.of(2011, 8, 22))).contains(ReasonCode.LANE_NOT_YET_OPEN);
        assertThat(departure.servesOn(LocalDate.of(2011, 8, 23))).isTrue();
    }

    @Test
    void a_closed_lane_refuses_even_after_opening_and_serves_again_when_reopened() {
        Lane lane = catalog.lane(LaneId.of("TAOYUAN-T2-D01")).orElseThrow();
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThat(lane.close().refusalOn(day)).contains(ReasonCode.LANE_CLOSED);
        assertThat(lane.close().reopen().servesOn(day)).isTrue();
    }

    @Test
    void the_seven_enrollment_places_of_the_source_open_with_their_terminal() {
        assertThat(catalog.enrollmentPlaces()).extracting(EnrollmentPlace::location).containsExactlyInAnyOrder(
                Location.of(TAIPEI_STATION, TerminalCode.MAIN), Location.of(SONGSHAN, TerminalCode.MAIN),
                Location.of(TAOYUAN, T1), Location.of(TAOYUAN, T2), Location.of(TAICHUNG, TerminalCode.MAIN),
                Location.of(KAOHSIUNG, TerminalCode.MAIN), Location.of(SHUITOU, TerminalCode.MAIN));
        EnrollmentPlace t1 = catalog.enrollmentPlace(Location.of(TAOYUAN, T1)).orElseThrow();
        assertThat(t1.isOpenOn(LocalDate.of(2013, 5, 8))).isFalse();
        assertThat(t1.isOpenOn(LocalDate.of(2013, 5, 9))).isTrue();
        EnrollmentPlace songshan = catalog.enrollmentPlace(Location.of(SONGSHAN, TerminalCode.MAIN)).orElseThrow();
        assertThat(songshan.opensOn()).isEqualTo(LocalDate.of(2011, 8, 9));
        EnrollmentPlace taipei = catalog.enrollmentPlace(Location.of(TAIPEI_STATION, TerminalCode.MAIN)).orElseThrow();
        assertThat(taipei.opensOn()).isEqualTo(LocalDate.of(2012, 1, 1));
    }

    @Test
    void ports_carry_their_un_locode_and_the_service_station_has_no_lanes() {
        assertThat(catalog.site(SHUITOU).flatMap(Site::port)).contains(new PortCode("TWKNH"));
        assertThat(catalog.site(TAIPEI_STATION).flatMap(Site::port)).isEmpty();
        assertThat(catalog.lanes()).noneMatch(l -> l.site().equals(TAIPEI_STATION));
        assertThat(catalog.site(SiteId.of("NOWHERE"))).isEqualTo(Optional.empty());
    }

    @Test
    void an_administrator_adds_a_lane_with_its_own_opening_day() {
        Lane added = new Lane(LaneId.of(TAOYUAN, T1, Direction.ARRIVAL, 9), Location.of(TAOYUAN, T1),
                Direction.ARRIVAL, LocalDate.of(2026, 12, 1), LaneStatus.IN_SERVICE);
        SiteCatalog changed = catalog.withLane(added);
        assertThat(changed.lane(added.id())).contains(added);
        assertThat(catalog.lane(added.id())).isEmpty();
        assertThat(added.id().value()).isEqualTo("TAOYUAN-T1-A09");
    }
}
