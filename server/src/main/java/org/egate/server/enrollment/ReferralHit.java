package org.egate.server.enrollment;

import java.util.Objects;
import java.util.UUID;

/**
 * One reason a referral was made, as stored and shown (decision 0170; the domain's
 * {@code DuplicateHit} with plain ids): the applicant's {@code modality} matched the
 * candidate enrollment's {@code candidateModality} with {@code score}, at or above
 * {@code threshold}, the threshold of the FMR target {@code fmrTarget} (for example {@code 0.0001}).
 *
 * @param modality {@code FACE}, {@code RIGHT_INDEX} or {@code LEFT_INDEX}
 * @param candidateModality the same for the candidate (the other index finger when fingers were swapped)
 */
public record ReferralHit(UUID candidate, String modality, String candidateModality, double score, double threshold, String fmrTarget) {
  public ReferralHit {
    // Made from the domain's DuplicateHit, which checks modality and score, or read back from the
    // referral_hit table, whose check constraints hold the same.
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(candidateModality, "candidateModality");
    Objects.requireNonNull(fmrTarget, "fmrTarget");
  }

  /** For the audit entry: {@code FACE 0.812>=0.602@0.0001 on <candidate>}. */
  String audited() {
    return modality + (modality.equals(candidateModality) ? "" : "/" + candidateModality) + " " + String.format(java.util.Locale.ROOT, "%.3f>=%.3f", score, threshold)
        + "@" + fmrTarget + " on " + candidate;
  }
}
