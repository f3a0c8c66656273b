package org.egate.border.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.junit.jupiter.api.Test;

class ClearanceDecisionTest {
    private static final Duration MS_200 = Duration.ofMillis(200);
    private static final String FACE = "face-api/1@fmr0.001";
    private static final String FINGER = "sourceafis/3.18@fmr0.0001";

    @Test
    void all_checks_passing_clears_and_keeps_scores_thresholds_and_timings() {
        ClearanceDecision decision = ClearanceDecision.derivedFrom(List.of(
                CheckResult.passed(Step.DOCUMENT_READ, Duration.ofMillis(800)),
                CheckResult.passed(Step.LANE_AUTHORIZATION, Duration.ofMillis(40)),
                CheckResult.passed(Step.OCCUPANCY, MS_200),
                CheckResult.scored(Step.FACE_MATCH, Measurement.similarity(0.71, 0.55, FACE),
                        ReasonCode.FACE_MISMATCH, Duration.ofMillis(1500))));
        assertThat(decision.reason()).isEqualTo(ReasonCode.CLEARED);
        assertThat(decision.isCleared()).isTrue();
        assertThat(decision.totalTime()).isEqualTo(Duration.ofMillis(2540));
        assertThat(decision.checks().get(3).score().orElseThrow().threshold()).isEqualTo(0.55);
        assertThat(decision.message().english()).startsWith("Clearance complete");
    }

    @Test
    void a_face_below_threshold_falls_back_to_fingerprint_which_clears() {
        ClearanceDecision decision = ClearanceDecision.derivedFrom(List.of(
                CheckResult.scored(Step.FACE_MATCH, Measurement.similarity(0.40, 0.55, FACE),
                        ReasonCode.FACE_MISMATCH, MS_200),
                CheckResult.scored(Step.FINGER_MATCH, Measurement.similarity(61, 40, FINGER),
                        ReasonCode.FINGER_MISMATCH, MS_200)));
        assertThat(decision.reason()).isEqualTo(ReasonCode.CLEARED);
    }

    @Test
    void a_face_and_a_finger_below_threshold_is_a_finger_mismatch() {
        ClearanceDecision decision = ClearanceDecision.derivedFrom(List.of(
                CheckResult.scored(Step.FACE_MATCH, Measurement.similarity(0.40, 0.55, FACE),
                        ReasonCode.FACE_MISMATCH, MS_200),
                CheckResult.scored(Step.FINGER_MATCH, Measurement.similarity(12, 40, FINGER),
                        ReasonCode.FINGER_MISMATCH, MS_200)));
        assertThat(decision.reason()).isEqualTo(ReasonCode.FACE_MISMATCH);
        assertThat(decision.outcome()).isEqualTo(Outcome.REJECT);
    }

    @Test
    void sunglasses_then_a_good_capture_clears() {
        ClearanceDecision decision = ClearanceDecision.derivedFrom(List.of(
                CheckResult.failed(Step.FACE_CAPTURE, ReasonCode.OCCLUSION_SUNGLASSES, MS_200),
                CheckResult.passed(Step.FACE_CAPTURE, MS_200),
                CheckResult.scored(Step.FACE_MATCH, Measurement.similarity(0.8, 0.55, FACE),
                        ReasonCode.FACE_MISMATCH, MS_200)));
        assertThat(decision.reason()).isEqualTo(ReasonCode.CLEARED);
    }

    @Test
    void a_trolley_is_not_covered_by_a_later_face_match() {
        ClearanceDecision decision = ClearanceDecision.derivedFrom(List.of(
                CheckResult.failed(Step.OCCUPANCY, ReasonCode.TROLLEY_IN_ZONE, MS_200),
                CheckResult.scored(Step.FACE_MATCH, Measurement.similarity(0.8, 0.55, FACE),
                        ReasonCode.FACE_MISMATCH, MS_200)));
        assertThat(decision.reason()).isEqualTo(ReasonCode.TROLLEY_IN_ZONE);
    }

    @Test
    void an_officer_review_after_a_refusal_is_an_override() {
        ClearanceDecision decision = ClearanceDecision.derivedFrom(List.of(
                CheckResult.failed(Step.CHIP_AUTHENTICATION, ReasonCode.CHIP_AUTHENTICATION_FAILED, MS_200),
                CheckResult.passed(Step.OFFICER_REVIEW, Duration.ofSeconds(40))));
        assertThat(decision.reason()).isEqualTo(ReasonCode.OFFICER_OVERRIDE);
        assertThat(decision.isCleared()).isTrue();
    }

    @Test
    void a_decision_without_checks_or_a_check_failing_with_an_acceptance_is_refused() {
        assertThatThrownBy(() -> ClearanceDecision.derivedFrom(List.of())).hasMessageContaining("at least one check");
        assertThatThrownBy(() -> CheckResult.failed(Step.FACE_MATCH, ReasonCode.CLEARED, MS_200))
                .hasMessageContaining("CLEARED");
        assertThatThrownBy(() -> CheckResult.passed(Step.FACE_MATCH, Duration.ofMillis(-1)))
                .hasMessageContaining("PT-0.001S");
    }
}
