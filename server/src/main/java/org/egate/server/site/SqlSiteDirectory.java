package org.egate.server.site;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egate.border.site.Direction;
import org.egate.border.site.EnrollmentPlace;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.LaneStatus;
import org.egate.border.site.Location;
import org.egate.border.site.PlaceName;
import org.egate.document.catalog.PortCode;
import org.egate.border.site.Site;
import org.egate.border.site.SiteCatalog;
import org.egate.border.site.SiteDirectory;
import org.egate.border.site.SiteId;
import org.egate.border.site.SiteKind;
import org.egate.border.site.Terminal;
import org.egate.border.site.TerminalCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The site directory in PostgreSQL. Sites and lanes are few and read on every lane request, so
 * they are served from an immutable {@link SiteCatalog} snapshot rebuilt after each change.
 */
@Component
public class SqlSiteDirectory implements SiteDirectory {
  private final JdbcClient jdbc;
  private volatile SiteCatalog snapshot;

  SqlSiteDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the seed when the database has no sites yet (first start); runs in the caller's transaction. */
  public boolean seedIfEmpty(SiteCatalog seed) {
    if (jdbc.sql("select count(*) from site").query(Integer.class).single() > 0) {
      return false;
    }
    for (Site s : seed.sites()) {
      jdbc.sql("insert into site (id, name_zh, name_en, kind, port_code) values (?, ?, ?, ?, ?)")
          .params(s.id().value(), s.name().zhTw(), s.name().english(), s.kind().name(), s.port().map(PortCode::value).orElse(null))
          .update();
      for (Terminal t : s.terminals()) {
        jdbc.sql("insert into terminal (site_id, code, name_zh, name_en, departure_opens_on, arrival_opens_on) values (?, ?, ?, ?, ?, ?)")
            .params(s.id().value(), t.code().value(), t.name().zhTw(), t.name().english(),
                t.opensOn(Direction.DEPARTURE).map(Date::valueOf).orElse(null), t.opensOn(Direction.ARRIVAL).map(Date::valueOf).orElse(null))
            .update();
      }
    }
    for (EnrollmentPlace p : seed.enrollmentPlaces()) {
      jdbc.sql("insert into enrollment_place (site_id, terminal, name_zh, name_en, opens_on) values (?, ?, ?, ?, ?)")
          .params(p.location().site().value(), p.location().terminal().value(), p.name().zhTw(), p.name().english(), Date.valueOf(p.opensOn()))
          .update();
    }
    for (Lane lane : seed.lanes()) {
      save(lane);
    }
    invalidateAfterCommit();
    return true;
  }

  /** Adds or replaces a lane; runs in the caller's transaction. */
  public void save(Lane lane) {
    jdbc.sql("insert into lane (id, site_id, terminal, direction, opens_on, status) values (?, ?, ?, ?, ?, ?)"
            + " on conflict (id) do update set site_id = excluded.site_id, terminal = excluded.terminal,"
            + " direction = excluded.direction, opens_on = excluded.opens_on, status = excluded.status")
        .params(lane.id().value(), lane.site().value(), lane.location().terminal().value(), lane.direction().name(),
            Date.valueOf(lane.opensOn()), lane.status().name())
        .update();
    invalidateAfterCommit();
  }

  private void invalidateAfterCommit() {
    snapshot = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          snapshot = null;
        }
      });
    }
  }

  SiteCatalog catalog() {
    SiteCatalog c = snapshot;
    if (c == null) {
      c = load();
      snapshot = c;
    }
    return c;
  }

  private SiteCatalog load() {
    Map<String, List<Terminal>> terminals = new LinkedHashMap<>();
    jdbc.sql("select site_id, code, name_zh, name_en, departure_opens_on, arrival_opens_on from terminal order by site_id, code")
        .query(rs -> {
          Map<Direction, LocalDate> opens = new EnumMap<>(Direction.class);
          if (rs.getDate(5) != null) {
            opens.put(Direction.DEPARTURE, rs.getDate(5).toLocalDate());
          }
          if (rs.getDate(6) != null) {
            opens.put(Direction.ARRIVAL, rs.getDate(6).toLocalDate());
          }
          terminals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Terminal(TerminalCode.of(rs.getString(2)), new PlaceName(rs.getString(3), rs.getString(4)), opens));
        });
    List<Site> sites = jdbc.sql("select id, name_zh, name_en, kind, port_code from site order by id")
        .query((rs, n) -> new Site(SiteId.of(rs.getString(1)), new PlaceName(rs.getString(2), rs.getString(3)),
            SiteKind.valueOf(rs.getString(4)), rs.getString(5) == null ? null : new PortCode(rs.getString(5)),
            terminals.getOrDefault(rs.getString(1), List.of())))
        .list();
    List<Lane> lanes = jdbc.sql("select id, site_id, terminal, direction, opens_on, status from lane order by id")
        .query((rs, n) -> new Lane(LaneId.of(rs.getString(1)), Location.of(SiteId.of(rs.getString(2)), TerminalCode.of(rs.getString(3))),
            Direction.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(), LaneStatus.valueOf(rs.getString(6))))
        .list();
    List<EnrollmentPlace> places = jdbc.sql("select site_id, terminal, name_zh, name_en, opens_on from enrollment_place order by site_id, terminal")
        .query((rs, n) -> new EnrollmentPlace(Location.of(SiteId.of(rs.getString(1)), TerminalCode.of(rs.getString(2))),
            new PlaceName(rs.getString(3), rs.getString(4)), rs.getDate(5).toLocalDate()))
        .list();
    return new SiteCatalog(sites, lanes, places);
  }

  @Override
  public Optional<Site> site(SiteId id) {
    return catalog().site(id);
  }

  @Override
  public List<Site> sites() {
    return catalog().sites();
  }

  @Override
  public Optional<Lane> lane(LaneId id) {
    return catalog().lane(id);
  }

  @Override
  public List<Lane> lanes() {
    return catalog().lanes();
  }

  @Override
  public List<EnrollmentPlace> enrollmentPlaces() {
    return catalog().enrollmentPlaces();
  }
}
