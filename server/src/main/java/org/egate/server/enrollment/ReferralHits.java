package org.egate.server.enrollment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egate.border.enrollment.DuplicateHit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hits of each referral (table {@code referral_hit}, decision 0170): written with the referral
 * in its transaction, read by the referral API and the console's queue.
 */
@Component
public class ReferralHits {
  private final JdbcClient jdbc;

  ReferralHits(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The 1:N search's hits as stored, in its order (face first, each modality best first). */
  static List<ReferralHit> of(List<DuplicateHit> hits) {
    return hits.stream().map(h -> new ReferralHit(h.candidate().value(), h.modality(), h.candidateModality(), h.score(), h.threshold(),
        h.fmrTarget().key())).toList();
  }

  /** Stores the hits of a new referral; call in the transaction that inserts the referral. */
  void record(UUID referral, List<ReferralHit> hits) {
    for (ReferralHit h : hits) {
      jdbc.sql("insert into referral_hit (referral_id, candidate_id, modality, candidate_modality, score, threshold, fmr_target)"
              + " values (?, ?, ?, ?, ?, ?, ?)")
          .params(referral, h.candidate(), h.modality(), h.candidateModality(), h.score(), h.threshold(), h.fmrTarget())
          .update();
    }
  }

  /** The hits of these referrals, by referral (face first, then best score first); a referral without hits is absent. */
  public Map<UUID, List<ReferralHit>> of(Collection<UUID> referrals) {
    Map<UUID, List<ReferralHit>> byReferral = new LinkedHashMap<>();
    if (referrals.isEmpty()) {
      return byReferral;
    }
    jdbc.sql("select referral_id, candidate_id, modality, candidate_modality, score, threshold, fmr_target from referral_hit"
            + " where referral_id = any(cast(? as uuid[])) order by referral_id, modality <> 'FACE', score desc, candidate_id, modality")
        .param(referrals.stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new ReferralHit(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
            rs.getDouble(5), rs.getDouble(6), rs.getString(7))))
        .list()
        .forEach(e -> byReferral.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byReferral;
  }
}
