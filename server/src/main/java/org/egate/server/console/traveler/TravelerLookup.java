package org.egate.server.console.traveler;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.exitban.ExitBan;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.reason.ReasonCode;
import org.egate.border.traveler.Traveler;
import org.egate.border.traveler.TravelerId;
import org.egate.border.traveler.TravelerRepository;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the travelers whose enrollments hold a document number and reads what an officer needs:
 * the traveler, their enrollments, recent crossings and exit bans. Each traveler shown is one
 * {@link AuditAction#PERSONAL_DATA_READ} entry naming the officer and the purpose they gave,
 * written in the same transaction as the read.
 */
@Component
class TravelerLookup {
  /** Document numbers as printed: letters and digits (MRZ filler removed), at most 20. */
  static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9]{1,20}");
  static final int PURPOSE_MAX = 200;
  static final int CROSSINGS_SHOWN = 50;

  private final JdbcClient jdbc;
  private final TravelerRepository travelers;
  private final EnrollmentRepository enrollments;
  private final ExitBanRepository exitBans;
  private final AuditLog audit;
  private final Clock clock;

  TravelerLookup(JdbcClient jdbc, TravelerRepository travelers, EnrollmentRepository enrollments, ExitBanRepository exitBans,
      AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.travelers = travelers;
    this.enrollments = enrollments;
    this.exitBans = exitBans;
    this.audit = audit;
    this.clock = clock;
  }

  record CrossingLine(UUID id, Instant occurredAt, String laneId, String direction, ReasonCode reason) {}

  record ExitBanLine(ExitBan ban, boolean inForceToday) {}

  /** One traveler's file as the lookup page shows it. */
  record TravelerFile(Traveler traveler, List<Enrollment> enrollments, List<CrossingLine> crossings, List<ExitBanLine> exitBans) {}

  /** The files of the travelers holding this document number (usually one); audited per traveler. */
  @Transactional
  List<TravelerFile> lookUp(String documentNumber, String purpose, String actor) {
    List<UUID> holders = jdbc.sql("select distinct e.traveler_id from enrollment_document d join enrollment e on e.id = d.enrollment_id"
            + " where d.number = ? order by 1 limit 10")
        .param(documentNumber).query(UUID.class).list();
    LocalDate today = LocalDate.now(clock);
    return holders.stream().map(TravelerId::new).map(id -> travelers.find(id).map(t -> {
      audit.append(actor, AuditAction.PERSONAL_DATA_READ, "traveler:" + id, purpose, "console lookup: enrollments, crossings, exit bans");
      return new TravelerFile(t, enrollments.history(id), crossings(id),
          exitBans.forTraveler(id).stream().map(b -> new ExitBanLine(b, b.isInForceOn(today))).toList());
    })).flatMap(Optional::stream).toList();
  }

  private List<CrossingLine> crossings(TravelerId traveler) {
    return jdbc.sql("select id, occurred_at, lane_id, direction, reason_code from crossing where traveler_id = ?"
            + " order by occurred_at desc limit " + CROSSINGS_SHOWN)
        .param(traveler.value())
        .query((rs, n) -> new CrossingLine(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
            rs.getString(4), ReasonCode.valueOf(rs.getString(5))))
        .list();
  }
}
