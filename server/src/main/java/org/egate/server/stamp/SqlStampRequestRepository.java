package org.egate.server.stamp;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.crossing.CrossingId;
import org.egate.border.site.SiteId;
import org.egate.border.stamp.StampRequest;
import org.egate.border.stamp.StampRequestId;
import org.egate.border.stamp.StampRequestRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Granted stamp requests in table {@code stamp_request} (unique per crossing). */
@Component
public class SqlStampRequestRepository implements StampRequestRepository {
  private final JdbcClient jdbc;

  SqlStampRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public StampRequestId nextId() {
    return new StampRequestId(UUID.randomUUID());
  }

  @Override
  public void save(StampRequest r) {
    jdbc.sql("insert into stamp_request (id, crossing_id, counter_site, stamped_at, day) values (?, ?, ?, ?, ?)")
        .params(r.id().value(), r.crossing().value(), r.counter().value(), Timestamp.from(r.stampedAt()), Date.valueOf(r.day()))
        .update();
  }

  @Override
  public Optional<StampRequest> forCrossing(CrossingId crossing) {
    return jdbc.sql("select id, crossing_id, counter_site, stamped_at, day from stamp_request where crossing_id = ?")
        .param(crossing.value())
        .query((rs, n) -> new StampRequest(new StampRequestId(rs.getObject(1, UUID.class)), new CrossingId(rs.getObject(2, UUID.class)),
            SiteId.of(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getDate(5).toLocalDate()))
        .optional();
  }
}
