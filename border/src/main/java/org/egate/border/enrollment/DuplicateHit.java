package org.egate.border.enrollment;

import java.util.Objects;
import java.util.Set;
import org.egate.biometrics.eval.FmrTarget;

/**
 * One reason the 1:N duplicate check named a candidate (decision 0170): the applicant's
 * {@code modality} matched the candidate enrollment's {@code candidateModality} with {@code score},
 * at or above {@code threshold}, the threshold of {@code fmrTarget}. A face's score is
 * {@code 1 - descriptor distance}, a fingerprint's the matcher's score.
 *
 * @param modality {@code FACE}, {@code RIGHT_INDEX} or {@code LEFT_INDEX}
 * @param candidateModality the same for the candidate (the other index finger when fingers were swapped)
 */
public record DuplicateHit(EnrollmentId candidate, String modality, String candidateModality, double score, double threshold,
        FmrTarget fmrTarget) {
    /** The modalities a hit can name. */
    public static final Set<String> MODALITIES = Set.of("FACE", "RIGHT_INDEX", "LEFT_INDEX");

    public DuplicateHit {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(fmrTarget, "fmrTarget");
        if (!MODALITIES.contains(modality) || !MODALITIES.contains(candidateModality)) {
            throw new IllegalArgumentException("a hit's modality is one of " + MODALITIES + " but was " + modality + "/"
                    + candidateModality);
        }
        if (!(score >= threshold)) {
            throw new IllegalArgumentException("a hit's score must be at or above its threshold but was " + score + " < "
                    + threshold);
        }
    }
}
