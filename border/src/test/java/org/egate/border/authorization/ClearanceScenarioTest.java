package org.egate.border.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.clearance.Measurement;
import org.egate.border.clearance.Step;
import org.egate.border.crossing.CrossingReport;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.crossing.IngestResult;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.fixtures.Applications;
import org.egate.border.fixtures.BorderWorld;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteCatalog;
import org.egate.border.stamp.StampOutcome;
import org.egate.document.catalog.DocumentType;
import org.junit.jupiter.api.Test;

/** Use case: an enrolled traveler departs through a Kaohsiung lane, and asks for the stamp that evening. */
class ClearanceScenarioTest {
    private static final LocalDate DAY = LocalDate.of(2019, 10, 10);
    private static final LaneId LANE = LaneId.of("KAOHSIUNG-MAIN-D02");

    @Test
    void authorize_match_record_and_stamp() {
        BorderWorld world = new BorderWorld(DAY.minusMonths(2));
        Applications applicant = Applications.national();
        Enrollment enrollment = world.enrollmentDesk.enroll(applicant.build()).enrollment();
        DocumentKey passport = applicant.documentOf(DocumentKind.of(DocumentType.ROC_PASSPORT)).key();

        // 07:55 at Kaohsiung: the lane reads the passport and asks whether the holder may use it.
        world.clock.set(DAY, LocalTime.of(7, 55));
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.passed(Step.DOCUMENT_READ, Duration.ofMillis(900)));
        LaneAuthorization authorization = world.authorizer.authorize(new AuthorizationRequest(LANE, passport,
                LocalDate.of(2099, 12, 31)));
        assertThat(authorization.reason()).isEqualTo(ReasonCode.AUTHORIZED);
        checks.add(CheckResult.passed(Step.LANE_AUTHORIZATION, Duration.ofMillis(35)));

        // A hat first, then a clean capture; the face is below threshold, the fingerprint confirms her.
        checks.add(CheckResult.failed(Step.FACE_CAPTURE, ReasonCode.OCCLUSION_HAT, Duration.ofMillis(700)));
        checks.add(CheckResult.passed(Step.FACE_CAPTURE, Duration.ofMillis(600)));
        checks.add(CheckResult.scored(Step.FACE_MATCH, Measurement.similarity(0.51, 0.55, "face/1@FMR1e-3"),
                ReasonCode.FACE_MISMATCH, Duration.ofMillis(150)));
        checks.add(CheckResult.scored(Step.FINGER_MATCH, Measurement.similarity(88.0, 40.0, "sourceafis@FMR1e-4"),
                ReasonCode.FINGER_MISMATCH, Duration.ofMillis(1200)));
        ClearanceDecision decision = ClearanceDecision.derivedFrom(checks);
        assertThat(decision.reason()).isEqualTo(ReasonCode.CLEARED);
        assertThat(decision.totalTime()).isEqualTo(Duration.ofMillis(3585));

        // The exit door opens; the lane forwards the crossing, and retries it after a network fault.
        CrossingReport report = new CrossingReport(IdempotencyKey.of("KAOHSIUNG-MAIN-D02:20191010:0001"),
                enrollment.traveler(), enrollment.id(), LANE, SiteCatalog.KAOHSIUNG, Direction.DEPARTURE,
                world.clock.instant(), decision);
        IngestResult stored = world.crossingLog.ingest(report);
        IngestResult retried = world.crossingLog.ingest(report);
        assertThat(stored.status()).isEqualTo(IngestResult.Status.RECORDED);
        assertThat(retried.status()).isEqualTo(IngestResult.Status.DUPLICATE);
        assertThat(world.crossings.forTravelerOn(enrollment.traveler(), DAY)).hasSize(1);

        // A report naming her enrollment for someone else is refused.
        CrossingReport forged = new CrossingReport(IdempotencyKey.of("KAOHSIUNG-MAIN-D02:20191010:0002"),
                new org.egate.border.traveler.TravelerId(new java.util.UUID(3, 3)), enrollment.id(), LANE,
                SiteCatalog.KAOHSIUNG, Direction.DEPARTURE, world.clock.instant(), decision);
        assertThat(world.crossingLog.ingest(forged).refusal()).isEqualTo(ReasonCode.CROSSING_DOES_NOT_MATCH_ENROLLMENT);

        // 08:20, before boarding, she asks the counter for the exit stamp in her passport.
        world.clock.set(DAY, LocalTime.of(8, 20));
        StampOutcome stamp = world.stampDesk.request(stored.crossing().id(), SiteCatalog.KAOHSIUNG);
        assertThat(stamp.reason()).isEqualTo(ReasonCode.STAMPED);
        assertThat(stamp.reason().zhTw()).contains("補蓋");
    }
}
