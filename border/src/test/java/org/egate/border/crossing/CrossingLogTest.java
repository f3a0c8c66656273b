package org.egate.border.crossing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.fixtures.Decisions;
import org.egate.border.fixtures.InMemoryCrossingRepository;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.border.traveler.TravelerId;
import org.junit.jupiter.api.Test;

class CrossingLogTest {
    private static final TravelerId TRAVELER = new TravelerId(new UUID(1, 1));
    private static final EnrollmentId ENROLLMENT = new EnrollmentId(new UUID(2, 1));
    private final InMemoryCrossingRepository repository = new InMemoryCrossingRepository();
    private final CrossingLog log = new CrossingLog(repository, SiteCatalog.seeded());

    private static CrossingReport report(String key, LocalTime time) {
        return new CrossingReport(IdempotencyKey.of(key), TRAVELER, ENROLLMENT, LaneId.of("TAOYUAN-T2-D01"),
                SiteCatalog.TAOYUAN, Direction.DEPARTURE,
                LocalDate.of(2024, 2, 10).atTime(time).atZone(ZoneId.of("Asia/Taipei")).toInstant(),
                Decisions.cleared());
    }

    @Test
    void a_retried_report_is_stored_once_and_the_retry_gets_the_stored_record() {
        IngestResult first = log.ingest(report("lane-0001-abc", LocalTime.of(9, 0)));
        IngestResult retry = log.ingest(report("lane-0001-abc", LocalTime.of(9, 0)));
        assertThat(first.status()).isEqualTo(IngestResult.Status.RECORDED);
        assertThat(retry.status()).isEqualTo(IngestResult.Status.DUPLICATE);
        assertThat(retry.crossing().id()).isEqualTo(first.crossing().id());
        assertThat(repository.size()).isEqualTo(1);
    }

    @Test
    void a_key_reused_for_different_facts_is_refused_and_the_first_record_kept() {
        log.ingest(report("lane-0001-abc", LocalTime.of(9, 0)));
        IngestResult reused = log.ingest(report("lane-0001-abc", LocalTime.of(9, 5)));
        assertThat(reused.refusal()).isEqualTo(ReasonCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(repository.findByKey(IdempotencyKey.of("lane-0001-abc")).orElseThrow().occurredAt().toString())
                .isEqualTo("2024-02-10T01:00:00Z");
    }

    @Test
    void an_unknown_lane_or_a_direction_the_lane_does_not_go_is_refused() {
        CrossingReport good = report("lane-0002-abc", LocalTime.NOON);
        CrossingReport unknown = new CrossingReport(good.key(), TRAVELER, ENROLLMENT, LaneId.of("NOWHERE-1"),
                good.site(), good.direction(), good.occurredAt(), good.decision());
        CrossingReport wrongWay = new CrossingReport(good.key(), TRAVELER, ENROLLMENT, good.lane(), good.site(),
                Direction.ARRIVAL, good.occurredAt(), good.decision());
        assertThat(log.ingest(unknown).refusal()).isEqualTo(ReasonCode.LANE_UNKNOWN);
        assertThat(log.ingest(wrongWay).refusal()).isEqualTo(ReasonCode.CROSSING_DOES_NOT_MATCH_LANE);
        assertThat(repository.size()).isZero();
    }

    @Test
    void a_batch_answers_each_report_as_if_ingested_one_after_another() {
        log.ingest(report("lane-0010-old", LocalTime.of(8, 0)));
        CrossingReport fresh = report("lane-0010-new", LocalTime.of(9, 0));
        CrossingReport wrongLane = new CrossingReport(IdempotencyKey.of("lane-0010-bad"), TRAVELER, ENROLLMENT, LaneId.of("NOWHERE-1"),
                fresh.site(), fresh.direction(), fresh.occurredAt(), fresh.decision());
        List<IngestResult> results = log.ingestAll(List.of(
                report("lane-0010-old", LocalTime.of(8, 0)), // a retry of a stored one
                report("lane-0010-old", LocalTime.of(8, 1)), // its key reused for other facts
                fresh,
                fresh, // the same report twice in one batch
                report("lane-0010-new", LocalTime.of(9, 2)), // a key reused inside the batch
                wrongLane));
        assertThat(results).extracting(IngestResult::status).containsExactly(IngestResult.Status.DUPLICATE,
                IngestResult.Status.REFUSED, IngestResult.Status.RECORDED, IngestResult.Status.DUPLICATE,
                IngestResult.Status.REFUSED, IngestResult.Status.REFUSED);
        assertThat(results.get(1).refusal()).isEqualTo(ReasonCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(results.get(3).crossing().id()).isEqualTo(results.get(2).crossing().id());
        assertThat(results.get(4).refusal()).isEqualTo(ReasonCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(results.get(5).refusal()).isEqualTo(ReasonCode.LANE_UNKNOWN);
        assertThat(repository.size()).isEqualTo(2);
    }

    @Test
    void the_day_of_a_crossing_is_the_taipei_day() {
        Crossing late = log.ingest(report("lane-0003-abc", LocalTime.of(23, 59))).crossing();
        Crossing early = log.ingest(report("lane-0004-abc", LocalTime.of(0, 1))).crossing();
        assertThat(late.day()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(early.day()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(late.occurredAt().toString()).isEqualTo("2024-02-10T15:59:00Z");
    }

    @Test
    void concurrent_duplicates_yield_one_record() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<IngestResult>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> log.ingest(report("lane-0005-abc", LocalTime.NOON)));
            }
            List<IngestResult> results = new ArrayList<>();
            for (Future<IngestResult> f : pool.invokeAll(calls)) {
                results.add(f.get());
            }
            assertThat(results).filteredOn(r -> r.status() == IngestResult.Status.RECORDED).hasSize(1);
            assertThat(results).allMatch(r -> r.crossing() != null);
            assertThat(results.stream().map(r -> r.crossing().id()).distinct()).hasSize(1);
            assertThat(repository.size()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
