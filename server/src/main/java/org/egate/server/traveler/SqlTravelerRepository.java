package org.egate.server.traveler;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.traveler.PersonName;
import org.egate.border.traveler.Traveler;
import org.egate.border.traveler.TravelerId;
import org.egate.border.traveler.TravelerRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Travelers in table {@code traveler}. */
@Component
public class SqlTravelerRepository implements TravelerRepository {
  private final JdbcClient jdbc;
  private final Clock clock;

  SqlTravelerRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public TravelerId nextId() {
    return new TravelerId(UUID.randomUUID());
  }

  @Override
  public Optional<Traveler> find(TravelerId id) {
    return jdbc.sql("select id, surname, given_names, birth_date, nationality from traveler where id = ?")
        .param(id.value())
        .query((rs, n) -> new Traveler(new TravelerId(rs.getObject(1, UUID.class)), new PersonName(rs.getString(2), rs.getString(3)),
            rs.getDate(4).toLocalDate(), rs.getString(5)))
        .optional();
  }

  @Override
  public void save(Traveler t) {
    jdbc.sql("insert into traveler (id, surname, given_names, birth_date, nationality, created_at) values (?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set surname = excluded.surname, given_names = excluded.given_names,"
            + " birth_date = excluded.birth_date, nationality = excluded.nationality")
        .params(t.id().value(), t.name().surname(), t.name().givenNames(), Date.valueOf(t.birthDate()), t.nationality(),
            Timestamp.from(clock.instant()))
        .update();
  }
}
