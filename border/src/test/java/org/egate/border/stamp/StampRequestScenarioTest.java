package org.egate.border.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.egate.border.crossing.Crossing;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.CrossingLog;
import org.egate.border.crossing.CrossingReport;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.fixtures.Decisions;
import org.egate.border.fixtures.InMemoryCrossingRepository;
import org.egate.border.fixtures.InMemoryStampRequestRepository;
import org.egate.border.fixtures.MutableClock;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.border.traveler.TravelerId;
import org.junit.jupiter.api.Test;

/** A traveler clears a Songshan arrival lane, then asks a counter for the stamp (補蓋章戳). */
class StampRequestScenarioTest {
    private static final LocalDate DAY = LocalDate.of(2024, 8, 9);
    private final MutableClock clock = MutableClock.at(DAY, LocalTime.of(22, 30));
    private final InMemoryCrossingRepository crossings = new InMemoryCrossingRepository();
    private final CrossingLog log = new CrossingLog(crossings, SiteCatalog.seeded());
    private final StampDesk desk = new StampDesk(crossings, new InMemoryStampRequestRepository(), clock);

    private Crossing crossAt(LocalTime time, String key, ReasonCode... refused) {
        CrossingReport report = new CrossingReport(IdempotencyKey.of(key), new TravelerId(new UUID(1, 1)),
                new EnrollmentId(new UUID(2, 1)), LaneId.of("SONGSHAN-MAIN-A01"), SiteCatalog.SONGSHAN,
                Direction.ARRIVAL, DAY.atTime(time).atZone(MutableClock.TAIPEI).toInstant(),
                refused.length == 0 ? Decisions.cleared() : Decisions.refused(refused[0]));
        return log.ingest(report).crossing();
    }

    @Test
    void the_traveler_asks_the_same_evening_and_gets_the_stamp_once() {
        Crossing crossing = crossAt(LocalTime.of(21, 40), "songshan-a01-0001");

        StampOutcome first = desk.request(crossing.id(), SiteCatalog.SONGSHAN);
        assertThat(first.reason()).isEqualTo(ReasonCode.STAMPED);
        assertThat(first.granted().orElseThrow().day()).isEqualTo(DAY);

        StampOutcome again = desk.request(crossing.id(), SiteCatalog.SONGSHAN);
        assertThat(again.reason()).isEqualTo(ReasonCode.ALREADY_STAMPED);
    }

    @Test
    void at_23_59_it_is_still_the_same_day_and_at_00_00_it_is_not() {
        Crossing crossing = crossAt(LocalTime.of(21, 40), "songshan-a01-0002");
        clock.set(DAY, LocalTime.of(23, 59, 59));
        assertThat(desk.request(crossing.id(), SiteCatalog.SONGSHAN).isStamped()).isTrue();

        Crossing other = crossAt(LocalTime.of(21, 50), "songshan-a01-0003");
        clock.set(DAY.plusDays(1), LocalTime.MIDNIGHT);
        assertThat(desk.request(other.id(), SiteCatalog.SONGSHAN).reason())
                .isEqualTo(ReasonCode.STAMP_REQUEST_NOT_SAME_DAY);
    }

    @Test
    void a_refused_attempt_or_an_unknown_crossing_cannot_be_stamped() {
        Crossing refused = crossAt(LocalTime.of(21, 0), "songshan-a01-0004", ReasonCode.FACE_MISMATCH);
        assertThat(desk.request(refused.id(), SiteCatalog.SONGSHAN).reason()).isEqualTo(ReasonCode.CROSSING_NOT_FOUND);
        assertThat(desk.request(new CrossingId(new UUID(7, 7)), SiteCatalog.SONGSHAN).reason())
                .isEqualTo(ReasonCode.CROSSING_NOT_FOUND);
    }
}
