package org.egate.server.console.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.egate.border.enrollment.EnrollmentChangeRefused;
import org.egate.border.reason.ReasonCode;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.enrollment.ReferralHit;
import org.egate.server.enrollment.ReferralHits;
import org.egate.server.enrollment.ReferralResolutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' queue: enrollments whose 1:N check found candidates (table {@code referral},
 * resolved through {@link ReferralResolutions}) and today's lane referrals (gate decisions that
 * were not an acceptance, so the traveler went to a counter). Every resolution is audited with who
 * and why; approving is an {@link AuditAction#OVERRIDE} of the system's answer.
 */
@Component
class ReferralQueue {
  /** Reason codes that are acceptances: a crossing with any other reason is a lane referral. */
  private static final String ACCEPTS = Arrays.stream(ReasonCode.values()).filter(r -> r.outcome().isAccept())
      .map(r -> "'" + r.name() + "'").collect(Collectors.joining(","));
  static final int NOTE_MAX = 500;

  private final JdbcClient jdbc;
  private final ReferralResolutions resolutions;
  private final ReferralHits hits;
  private final AuditLog audit;
  private final Clock clock;

  ReferralQueue(JdbcClient jdbc, ReferralResolutions resolutions, ReferralHits hits, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.resolutions = resolutions;
    this.hits = hits;
    this.audit = audit;
    this.clock = clock;
  }

  /** An open enrollment referral and why it was made: each candidate's hits (decision 0170; none for referrals older than it). */
  record EnrollmentReferral(UUID id, UUID enrollmentId, String category, String site, int candidates, Instant createdAt, List<ReferralHit> hits) {}

  record LaneReferral(UUID crossingId, String laneId, String direction, Instant occurredAt, ReasonCode reason) {}

  /** The outcome of resolving one referral, for the page to say. */
  record Resolved(String subject, String decision) {}

  List<EnrollmentReferral> openEnrollmentReferrals() {
    List<EnrollmentReferral> open = jdbc.sql("select r.id, r.enrollment_id, e.category, e.site_id, r.candidates, r.created_at from referral r"
            + " join enrollment e on e.id = r.enrollment_id where r.status = 'OPEN' order by r.created_at limit 200")
        .query((rs, n) -> new EnrollmentReferral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), (int) Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank()).count(),
            rs.getTimestamp(6).toInstant(), List.of()))
        .list();
    Map<UUID, List<ReferralHit>> byReferral = hits.of(open.stream().map(EnrollmentReferral::id).toList());
    return open.stream().map(r -> new EnrollmentReferral(r.id(), r.enrollmentId(), r.category(), r.site(), r.candidates(), r.createdAt(),
        byReferral.getOrDefault(r.id(), List.of()))).toList();
  }

  List<LaneReferral> openLaneReferrals(LocalDate day) {
    return jdbc.sql("select c.id, c.lane_id, c.direction, c.occurred_at, c.reason_code from crossing c where c.day = ?"
            + " and c.reason_code not in (" + ACCEPTS + ")"
            + " and not exists (select 1 from lane_referral_resolution r where r.crossing_id = c.id)"
            + " order by c.occurred_at desc limit 200")
        .param(java.sql.Date.valueOf(day))
        .query((rs, n) -> new LaneReferral(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), ReasonCode.valueOf(rs.getString(5))))
        .list();
  }

  /** Approves or refuses an enrollment referral; {@code actor} and {@code note} go to the audit log. */
  Resolved resolveEnrollment(UUID referralId, boolean approve, String note, String actor) {
    try {
      ReferralResolutions.Resolved r = resolutions.resolve(referralId, approve, note, actor, "console");
      return new Resolved("enrollment:" + r.enrollmentId(), r.status());
    } catch (ReferralResolutions.NotOpen notOpen) {
      throw new QueueRefusal("referral.notOpen");
    } catch (EnrollmentChangeRefused refused) {
      throw new QueueRefusal("referral.conflict");
    }
  }

  /** Records the counter's outcome for a lane referral: approved (officer cleared the traveler) or refused. */
  @Transactional
  Resolved resolveLane(UUID crossingId, boolean approve, String note, String actor) {
    record Row(String reason, String lane) {}
    Row row = jdbc.sql("select reason_code, lane_id from crossing where id = ?").param(crossingId)
        .query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).optional()
        .filter(r -> !ReasonCode.valueOf(r.reason()).outcome().isAccept())
        .orElseThrow(() -> new QueueRefusal("referral.notOpen"));
    String outcome = approve ? "APPROVED" : "REFUSED";
    int inserted = jdbc.sql("insert into lane_referral_resolution (crossing_id, outcome, resolved_by, resolved_at, note)"
            + " values (?, ?, ?, ?, ?) on conflict (crossing_id) do nothing")
        .params(crossingId, outcome, actor, Timestamp.from(clock.instant()), note).update();
    if (inserted == 0) {
      throw new QueueRefusal("referral.notOpen");
    }
    audit.append(actor, approve ? AuditAction.OVERRIDE : AuditAction.REFERRAL_RESOLVED, "crossing:" + crossingId, note,
        "lane=" + row.lane() + " gateReason=" + row.reason() + " decision=" + outcome
            + (approve ? " reason=" + ReasonCode.OFFICER_OVERRIDE : "") + " via=console");
    return new Resolved("crossing:" + crossingId, outcome);
  }

  /** A resolution the queue refused; {@code messageKey} names the console message that says why. */
  static final class QueueRefusal extends RuntimeException {
    final String messageKey;

    QueueRefusal(String messageKey) {
      super(messageKey, null, false, false);
      this.messageKey = messageKey;
    }
  }
}
