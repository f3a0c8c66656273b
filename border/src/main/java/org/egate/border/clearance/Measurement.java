package org.egate.border.clearance;

import java.util.Objects;

/**
 * A score and the threshold it was compared with, and what produced them (matcher and operating point), so a decision
 * can be explained and re-checked.
 *
 * @param higherIsBetter true for similarity scores (pass when score >= threshold)
 */
public record Measurement(double score, double threshold, boolean higherIsBetter, String source) {
    public Measurement {
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(score) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("score and threshold must be finite but were " + score + " and " + threshold);
        }
    }

    public static Measurement similarity(double score, double threshold, String source) {
        return new Measurement(score, threshold, true, source);
    }

    public boolean passes() {
        return higherIsBetter ? score >= threshold : score <= threshold;
    }
}
