package org.egate.server.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egate.border.enrollment.EnrollmentChangeRefused;
import org.egate.server.api.DomainProblem;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The supervisors' referral queue: enrollments whose 1:N check found candidates, approved or rejected by a person. */
@RestController
class ReferralController {
  private final JdbcClient jdbc;
  private final ReferralResolutions resolutions;
  private final ReferralHits hits;
  private final Clock clock;

  ReferralController(JdbcClient jdbc, ReferralResolutions resolutions, ReferralHits hits, Clock clock) {
    this.jdbc = jdbc;
    this.resolutions = resolutions;
    this.hits = hits;
    this.clock = clock;
  }

  /** A referral with its candidates and why each was named ({@code hits}: modality, score, threshold, FMR target; decision 0170). */
  record Referral(UUID id, UUID enrollmentId, List<UUID> candidates, List<ReferralHit> hits, String status, Instant createdAt) {}

  record Resolution(Boolean approve, String note) {}

  @GetMapping("/api/referrals")
  List<Referral> open() {
    List<Referral> open = jdbc.sql("select id, enrollment_id, candidates, status, created_at from referral where status = 'OPEN' order by created_at")
        .query((rs, n) -> new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank()).map(UUID::fromString).toList(), List.of(), rs.getString(4),
            rs.getTimestamp(5).toInstant()))
        .list();
    Map<UUID, List<ReferralHit>> byReferral = hits.of(open.stream().map(Referral::id).toList());
    return open.stream().map(r -> new Referral(r.id(), r.enrollmentId(), r.candidates(), byReferral.getOrDefault(r.id(), List.of()), r.status(),
        r.createdAt())).toList();
  }

  @PostMapping("/api/referrals/{id}/resolution")
  Referral resolve(@PathVariable String id, @RequestBody Resolution body) {
    if (body.approve() == null || body.note() == null || body.note().isBlank()) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "approve and note (the officer's reason) are required");
    }
    UUID referralId = UUID.fromString(id);
    try {
      ReferralResolutions.Resolved r = resolutions.resolve(referralId, body.approve(), body.note(), Actors.current(), "api");
      return new Referral(referralId, r.enrollmentId(), List.of(), List.of(), r.status(), clock.instant());
    } catch (ReferralResolutions.NotOpen notOpen) {
      throw new ProblemException(ProtocolReason.NOT_FOUND, "no open referral " + id);
    } catch (EnrollmentChangeRefused refused) {
      throw DomainProblem.exception(HttpStatus.CONFLICT, refused.reason(), refused.getMessage());
    }
  }
}
