package org.egate.server.enrollment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentChangeRefused;
import org.egate.border.enrollment.EnrollmentDesk;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.ReasonCode;
import org.egate.server.api.DomainProblem;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The supervisors' referral queue: enrollments whose 1:N check found candidates, approved or rejected by a person. */
@RestController
class ReferralController {
  private final JdbcClient jdbc;
  private final EnrollmentDesk desk;
  private final AuditLog audit;
  private final Clock clock;

  ReferralController(JdbcClient jdbc, EnrollmentDesk desk, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.desk = desk;
    this.audit = audit;
    this.clock = clock;
  }

  record Referral(UUID id, UUID enrollmentId, List<UUID> candidates, String status, Instant createdAt) {}

  record Resolution(Boolean approve, String note) {}

  @GetMapping("/api/referrals")
  List<Referral> open() {
    return jdbc.sql("select id, enrollment_id, candidates, status, created_at from referral where status = 'OPEN' order by created_at")
        .query((rs, n) -> new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isBlank()).map(UUID::fromString).toList(), rs.getString(4),
            rs.getTimestamp(5).toInstant()))
        .list();
  }

  @PostMapping("/api/referrals/{id}/resolution")
  @Transactional
  Referral resolve(@PathVariable String id, @RequestBody Resolution body) {
    if (body.approve() == null || body.note() == null || body.note().isBlank()) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "approve and note (the officer's reason) are required");
    }
    UUID referralId = UUID.fromString(id);
    UUID enrollmentId = jdbc.sql("select enrollment_id from referral where id = ? and status = 'OPEN' for update").param(referralId)
        .query(UUID.class).optional()
        .orElseThrow(() -> new ProblemException(ProtocolReason.NOT_FOUND, "no open referral " + id));
    Enrollment e;
    try {
      e = desk.review(new EnrollmentId(enrollmentId), body.approve(), body.note());
    } catch (EnrollmentChangeRefused refused) {
      throw DomainProblem.exception(HttpStatus.CONFLICT, refused.reason(), refused.getMessage());
    }
    String status = body.approve() ? "APPROVED" : "REJECTED";
    jdbc.sql("update referral set status = ?, resolved_by = ?, resolved_at = ?, resolution_note = ? where id = ?")
        .params(status, Actors.current(), Timestamp.from(clock.instant()), body.note(), referralId).update();
    audit.append(Actors.current(), body.approve() ? AuditAction.OVERRIDE : AuditAction.REFERRAL_RESOLVED, "enrollment:" + e.id(), body.note(),
        "referral=" + referralId + " decision=" + status + " reason=" + (body.approve() ? ReasonCode.OFFICER_OVERRIDE : ReasonCode.ENROLLMENT_WITHDRAWN));
    return new Referral(referralId, enrollmentId, List.of(), status, clock.instant());
  }
}
