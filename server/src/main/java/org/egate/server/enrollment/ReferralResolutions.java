package org.egate.server.enrollment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.egate.border.enrollment.EnrollmentChangeRefused;
import org.egate.border.enrollment.EnrollmentDesk;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.ReasonCode;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one use case behind both ways a supervisor resolves a duplicate-enrollment referral (the
 * API and the console): the enrollment reviewed through {@link EnrollmentDesk#review}, the
 * referral closed, and the resolution audited, in one transaction.
 */
@Component
public class ReferralResolutions {
  private final JdbcClient jdbc;
  private final EnrollmentDesk desk;
  private final AuditLog audit;
  private final Clock clock;

  ReferralResolutions(JdbcClient jdbc, EnrollmentDesk desk, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.desk = desk;
    this.audit = audit;
    this.clock = clock;
  }

  /** What was resolved: the referral, its enrollment, and {@code APPROVED} or {@code REJECTED}. */
  public record Resolved(UUID referralId, UUID enrollmentId, String status) {}

  /** No open referral with that id (never existed, or already resolved). */
  public static final class NotOpen extends RuntimeException {
    NotOpen(UUID referralId) {
      super("no open referral " + referralId);
    }
  }

  /**
   * Approves (an officer override) or rejects the referral's enrollment.
   *
   * @param via where the supervisor acted ({@code api}, {@code console}), for the audit entry
   * @throws NotOpen when there is no open referral {@code referralId}
   * @throws EnrollmentChangeRefused when the enrollment may not change that way
   */
  @Transactional
  public Resolved resolve(UUID referralId, boolean approve, String note, String actor, String via) {
    UUID enrollmentId = jdbc.sql("select enrollment_id from referral where id = ? and status = 'OPEN' for update").param(referralId)
        .query(UUID.class).optional()
        .orElseThrow(() -> new NotOpen(referralId));
    desk.review(new EnrollmentId(enrollmentId), approve, note);
    String status = approve ? "APPROVED" : "REJECTED";
    jdbc.sql("update referral set status = ?, resolved_by = ?, resolved_at = ?, resolution_note = ? where id = ?")
        .params(status, actor, Timestamp.from(clock.instant()), note, referralId).update();
    audit.append(actor, approve ? AuditAction.OVERRIDE : AuditAction.REFERRAL_RESOLVED, "enrollment:" + enrollmentId, note,
        "referral=" + referralId + " decision=" + status + " reason="
            + (approve ? ReasonCode.OFFICER_OVERRIDE : ReasonCode.ENROLLMENT_WITHDRAWN) + " via=" + via);
    return new Resolved(referralId, enrollmentId, status);
  }
}
