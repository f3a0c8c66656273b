package org.egate.border.clearance;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;

/**
 * One check that ran during a clearance: which step, whether it passed, why not, its score against its threshold
 * (when it has one) and how long it took.
 *
 * @param failure the reason it failed, {@code null} when it passed
 * @param measurement score and threshold, {@code null} for checks without one
 */
public record CheckResult(Step step, ReasonCode failure, Measurement measurement, Duration elapsed) {
    public CheckResult {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(elapsed, "elapsed");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("elapsed time of " + step + " must not be negative but was " + elapsed);
        }
        if (failure != null && failure.outcome() == Outcome.ACCEPT) {
            throw new IllegalArgumentException(step + " cannot fail with an acceptance code " + failure);
        }
    }

    public static CheckResult passed(Step step, Duration elapsed) {
        return new CheckResult(step, null, null, elapsed);
    }

    public static CheckResult failed(Step step, ReasonCode reason, Duration elapsed) {
        return new CheckResult(step, Objects.requireNonNull(reason, "reason"), null, elapsed);
    }

    /** A scored check: passed or failed by its measurement; {@code ifBelow} names the failure. */
    public static CheckResult scored(Step step, Measurement measurement, ReasonCode ifBelow, Duration elapsed) {
        return new CheckResult(step, measurement.passes() ? null : ifBelow, measurement, elapsed);
    }

    public boolean isPassed() {
        return failure == null;
    }

    public Optional<ReasonCode> failureReason() {
        return Optional.ofNullable(failure);
    }

    public Optional<Measurement> score() {
        return Optional.ofNullable(measurement);
    }
}
