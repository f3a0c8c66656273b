package org.egate.server.exitban;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.exitban.ExitBan;
import org.egate.border.exitban.ExitBanId;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.traveler.TravelerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Exit bans in table {@code exit_ban}. */
@Component
public class SqlExitBanRepository implements ExitBanRepository {
  private final JdbcClient jdbc;

  SqlExitBanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public ExitBanId nextId() {
    return new ExitBanId(UUID.randomUUID());
  }

  @Override
  public void save(ExitBan b) {
    jdbc.sql("insert into exit_ban (id, traveler_id, starts_on, ends_on, lifted_on, authority) values (?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on,"
            + " lifted_on = excluded.lifted_on, authority = excluded.authority")
        .params(b.id().value(), b.traveler().value(), Date.valueOf(b.startsOn()), date(b.endsOn()), date(b.liftedOn()), b.authority())
        .update();
  }

  @Override
  public Optional<ExitBan> find(ExitBanId id) {
    return jdbc.sql("select id, traveler_id, starts_on, ends_on, lifted_on, authority from exit_ban where id = ?")
        .param(id.value()).query(this::map).optional();
  }

  @Override
  public List<ExitBan> forTraveler(TravelerId traveler) {
    return jdbc.sql("select id, traveler_id, starts_on, ends_on, lifted_on, authority from exit_ban where traveler_id = ? order by starts_on")
        .param(traveler.value()).query(this::map).list();
  }

  private ExitBan map(ResultSet rs, int n) throws SQLException {
    return new ExitBan(new ExitBanId(rs.getObject(1, UUID.class)), new TravelerId(rs.getObject(2, UUID.class)),
        rs.getDate(3).toLocalDate(), local(rs.getDate(4)), local(rs.getDate(5)), rs.getString(6));
  }

  private static Date date(java.time.LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static java.time.LocalDate local(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
