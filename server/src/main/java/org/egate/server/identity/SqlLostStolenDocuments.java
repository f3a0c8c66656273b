package org.egate.server.identity;

import java.sql.Date;
import java.util.Optional;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.LossReport;
import org.egate.border.identity.LostStolenDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lost and stolen documents in table {@code lost_stolen_document}; a repeated report keeps the first. */
@Component
public class SqlLostStolenDocuments implements LostStolenDocuments {
  private final JdbcClient jdbc;

  SqlLostStolenDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void report(LossReport r) {
    jdbc.sql("insert into lost_stolen_document (kind, issuer, number, reported_on, source) values (?, ?, ?, ?, ?) on conflict do nothing")
        .params(r.document().kind().code(), r.document().issuer().code(), r.document().number().value(), Date.valueOf(r.reportedOn()), r.source())
        .update();
  }

  @Override
  public Optional<LossReport> find(DocumentKey d) {
    return jdbc.sql("select reported_on, source from lost_stolen_document where kind = ? and issuer = ? and number = ?")
        .params(d.kind().code(), d.issuer().code(), d.number().value())
        .query((rs, n) -> new LossReport(d, rs.getDate(1).toLocalDate(), rs.getString(2)))
        .optional();
  }
}
