package org.egate.server.authorization;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.authorization.GateRecords;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.exitban.ExitBan;
import org.egate.border.exitban.ExitBanId;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.LossReport;
import org.egate.server.enrollment.SqlEnrollmentRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lane's facts about a presented document in one statement (decision 0093): the loss report
 * (left join), the current enrollment with its documents and sealed templates (the enrollment
 * repository's hot-path columns), and the holder's exit bans (a lateral array aggregate). Before,
 * three round trips.
 */
@Component
class SqlGateRecords implements GateRecords {
  private final JdbcClient jdbc;
  private final SqlEnrollmentRepository enrollments;

  SqlGateRecords(JdbcClient jdbc, SqlEnrollmentRepository enrollments) {
    this.jdbc = jdbc;
    this.enrollments = enrollments;
  }

  @Override
  public Facts about(DocumentKey document) {
    return jdbc.sql("select " + SqlEnrollmentRepository.CURRENT_COLUMNS + ", l.reported_on, l.source,"
            + " bans.ids, bans.starts, bans.ends, bans.lifted, bans.authorities"
            + " from (select ?::text as kind, ?::text as issuer, ?::text as number) q"
            + " left join lost_stolen_document l on l.kind = q.kind and l.issuer = q.issuer and l.number = q.number"
            + " left join (enrollment_document d join enrollment e on e.id = d.enrollment_id)"
            + " on d.kind = q.kind and d.issuer = q.issuer and d.number = q.number and d.current"
            + SqlEnrollmentRepository.CURRENT_JOINS
            + " cross join lateral (select array_agg(b.id order by b.starts_on, b.id) ids, array_agg(b.starts_on order by b.starts_on, b.id) starts,"
            + " array_agg(b.ends_on order by b.starts_on, b.id) ends, array_agg(b.lifted_on order by b.starts_on, b.id) lifted,"
            + " array_agg(b.authority order by b.starts_on, b.id) authorities from exit_ban b where b.traveler_id = e.traveler_id) bans")
        .params(document.kind().code(), document.issuer().code(), document.number().value())
        .query((rs, n) -> facts(document, rs))
        .single();
  }

  private Facts facts(DocumentKey document, ResultSet rs) throws SQLException {
    Optional<Enrollment> holder = enrollments.currentFrom(rs);
    Date reported = rs.getDate(22);
    Optional<LossReport> loss = reported == null ? Optional.empty() : Optional.of(new LossReport(document, reported.toLocalDate(), rs.getString(23)));
    List<ExitBan> bans = new ArrayList<>();
    java.sql.Array ids = rs.getArray(24);
    if (ids != null && holder.isPresent()) {
      UUID[] id = (UUID[]) ids.getArray();
      Date[] starts = (Date[]) rs.getArray(25).getArray();
      Date[] ends = (Date[]) rs.getArray(26).getArray();
      Date[] lifted = (Date[]) rs.getArray(27).getArray();
      String[] authorities = (String[]) rs.getArray(28).getArray();
      for (int i = 0; i < id.length; i++) {
        bans.add(new ExitBan(new ExitBanId(id[i]), holder.get().traveler(), starts[i].toLocalDate(), local(ends[i]), local(lifted[i]),
            authorities[i]));
      }
    }
    return new Facts(loss, holder, bans);
  }

  private static LocalDate local(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
