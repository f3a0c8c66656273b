package org.egate.server.enrollment;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One reason a referral was made (decision 0170): the applicant's {@code modality} matched the
 * candidate enrollment's {@code candidateModality} with {@code score}, at or above
 * {@code threshold}, the threshold of the FMR target {@code fmrTarget} (for example {@code 0.0001}).
 *
 * @param modality {@code FACE}, {@code RIGHT_INDEX} or {@code LEFT_INDEX}
 * @param candidateModality the same for the candidate (the other index finger when fingers were swapped)
 */
public record ReferralHit(UUID candidate, String modality, String candidateModality, double score, double threshold, String fmrTarget) {
  /** The modalities a hit can name (the {@code referral_hit} table's check). */
  public static final Set<String> MODALITIES = Set.of("FACE", "RIGHT_INDEX", "LEFT_INDEX");

  public ReferralHit {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(fmrTarget, "fmrTarget");
    if (!MODALITIES.contains(modality) || !MODALITIES.contains(candidateModality)) {
      throw new IllegalArgumentException("a hit's modality is one of " + MODALITIES + " but was " + modality + "/" + candidateModality);
    }
    if (!(score >= threshold)) {
      throw new IllegalArgumentException("a hit's score " + score + " is at or above its threshold " + threshold);
    }
  }

  /** For the audit entry: {@code FACE 0.812>=0.602@0.0001 on <candidate>}. */
  String audited() {
    return modality + (modality.equals(candidateModality) ? "" : "/" + candidateModality) + " " + String.format(java.util.Locale.ROOT, "%.3f>=%.3f", score, threshold)
        + "@" + fmrTarget + " on " + candidate;
  }
}
