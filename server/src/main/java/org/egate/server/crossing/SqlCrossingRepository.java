package org.egate.server.crossing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.crossing.Crossing;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.CrossingRepository;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;
import org.egate.border.traveler.TravelerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crossings in PostgreSQL. {@link #insertIfAbsent} claims the key in {@code crossing_key}
 * ({@code on conflict do nothing}): of concurrent duplicates one inserts, the others wait on the
 * unique index until it commits and then read its row. The month's partition must exist before
 * the use case's transaction starts ({@link CrossingPartitions#ensureFor}): creating a partition
 * locks the parent table, which a transaction that already read it would deadlock against.
 */
@Component
public class SqlCrossingRepository implements CrossingRepository {
  private static final String COLUMNS =
      "c.id, c.client_key, c.traveler_id, c.enrollment_id, c.lane_id, c.site_id, c.direction, c.occurred_at, c.day, c.decision::text";
  private static final String BY_KEY_TABLE =
      " from crossing_key k join crossing c on c.id = k.crossing_id and c.occurred_at = k.occurred_at";

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final Clock clock;

  SqlCrossingRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public CrossingId nextId() {
    return new CrossingId(UUID.randomUUID());
  }

  @Override
  public Crossing insertIfAbsent(Crossing c) {
    // One round trip: the key is claimed and the crossing inserted by the same statement; when the
    // key was already taken nothing is inserted and the stored crossing is read instead.
    int inserted = jdbc.sql("with claimed as (insert into crossing_key (client_key, crossing_id, occurred_at) values (?, ?, ?)"
            + " on conflict do nothing returning crossing_id)"
            + " insert into crossing (id, client_key, traveler_id, enrollment_id, lane_id, site_id, direction, occurred_at, day,"
            + " decision, reason_code, received_at) select ?::uuid, ?, ?::uuid, ?::uuid, ?, ?, ?, ?::timestamptz, ?::date, ?::jsonb, ?, ?::timestamptz from claimed")
        .params(c.key().value(), c.id().value(), Timestamp.from(c.occurredAt()),
            c.id().value(), c.key().value(), c.traveler().value(), c.enrollment().value(), c.lane().value(), c.site().value(),
            c.direction().name(), Timestamp.from(c.occurredAt()), Date.valueOf(c.day()),
            json.writeValueAsString(DecisionJson.of(c.decision())), c.decision().reason().name(), Timestamp.from(clock.instant()))
        .update();
    if (inserted == 0) {
      return findByKey(c.key()).orElseThrow(() -> new IllegalStateException("crossing key " + c.key() + " claimed but its crossing is missing"));
    }
    return c;
  }

  /**
   * The group commit's insert (decision 0090): all keys claimed and all crossings inserted by one
   * statement over arrays ({@code unnest ... with ordinality}, so the first of two equal keys wins);
   * the crossings whose key was taken are then read in one more statement.
   */
  @Override
  public List<Crossing> insertAllIfAbsent(List<Crossing> crossings) {
    int n = crossings.size();
    String[] ids = new String[n];
    String[] keys = new String[n];
    String[] travelers = new String[n];
    String[] enrollments = new String[n];
    String[] lanes = new String[n];
    String[] sites = new String[n];
    String[] directions = new String[n];
    String[] occurred = new String[n];
    String[] days = new String[n];
    String[] decisions = new String[n];
    String[] reasons = new String[n];
    for (int i = 0; i < n; i++) {
      Crossing c = crossings.get(i);
      ids[i] = c.id().value().toString();
      keys[i] = c.key().value();
      travelers[i] = c.traveler().value().toString();
      enrollments[i] = c.enrollment().value().toString();
      lanes[i] = c.lane().value();
      sites[i] = c.site().value();
      directions[i] = c.direction().name();
      occurred[i] = c.occurredAt().toString();
      days[i] = c.day().toString();
      decisions[i] = json.writeValueAsString(DecisionJson.of(c.decision()));
      reasons[i] = c.decision().reason().name();
    }
    List<UUID> inserted = jdbc.sql("with input as (select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality"
            + " as t(id, client_key, traveler_id, enrollment_id, lane_id, site_id, direction, occurred_at, day, decision, reason_code, n)),"
            + " claimed as (insert into crossing_key (client_key, crossing_id, occurred_at)"
            + " select client_key, id::uuid, occurred_at::timestamptz from input order by n on conflict do nothing returning crossing_id)"
            + " insert into crossing (id, client_key, traveler_id, enrollment_id, lane_id, site_id, direction, occurred_at, day,"
            + " decision, reason_code, received_at) select i.id::uuid, i.client_key, i.traveler_id::uuid, i.enrollment_id::uuid, i.lane_id,"
            + " i.site_id, i.direction, i.occurred_at::timestamptz, i.day::date, i.decision::jsonb, i.reason_code, ?::timestamptz"
            + " from input i join claimed c on c.crossing_id = i.id::uuid returning id")
        .params(text(ids), text(keys), text(travelers), text(enrollments), text(lanes), text(sites), text(directions), text(occurred),
            text(days), text(decisions), text(reasons), Timestamp.from(clock.instant()))
        .query(UUID.class).list();
    if (inserted.size() == n) {
      return crossings;
    }
    java.util.Set<UUID> stored = new java.util.HashSet<>(inserted);
    List<IdempotencyKey> taken = crossings.stream().filter(c -> !stored.contains(c.id().value())).map(Crossing::key).distinct().toList();
    Map<IdempotencyKey, Crossing> existing = findByKeys(taken);
    return crossings.stream().map(c -> stored.contains(c.id().value()) ? c : java.util.Objects.requireNonNull(existing.get(c.key()),
        () -> "crossing key " + c.key() + " claimed but its crossing is missing")).toList();
  }

  @Override
  public Map<IdempotencyKey, Crossing> findByKeys(Collection<IdempotencyKey> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<IdempotencyKey, Crossing> found = new HashMap<>();
    jdbc.sql("select " + COLUMNS + BY_KEY_TABLE + " where k.client_key = any(?::text[])")
        .param(text(keys.stream().map(IdempotencyKey::value).toArray(String[]::new)))
        .query(this::map)
        .list()
        .forEach(c -> found.put(c.key(), c));
    return found;
  }

  private static SqlArrayValue text(String[] values) {
    return new SqlArrayValue("text", (Object[]) values);
  }

  @Override
  public Optional<Crossing> find(CrossingId id) {
    return jdbc.sql("select " + COLUMNS + BY_KEY_TABLE + " where k.crossing_id = ?")
        .param(id.value())
        .query(this::map)
        .optional();
  }

  @Override
  public Optional<Crossing> findByKey(IdempotencyKey key) {
    return jdbc.sql("select " + COLUMNS + BY_KEY_TABLE + " where k.client_key = ?")
        .param(key.value())
        .query(this::map)
        .optional();
  }

  @Override
  public List<Crossing> forTravelerOn(TravelerId traveler, LocalDate day) {
    return jdbc.sql("select " + COLUMNS + " from crossing c where c.traveler_id = ? and c.day = ? order by c.occurred_at")
        .params(traveler.value(), Date.valueOf(day))
        .query(this::map)
        .list();
  }

  private Crossing map(ResultSet rs, int n) throws SQLException {
    DecisionJson decision = json.readValue(rs.getString(10), DecisionJson.class);
    return new Crossing(new CrossingId(rs.getObject(1, UUID.class)), IdempotencyKey.of(rs.getString(2)),
        new TravelerId(rs.getObject(3, UUID.class)), new EnrollmentId(rs.getObject(4, UUID.class)), LaneId.of(rs.getString(5)),
        SiteId.of(rs.getString(6)), Direction.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(), rs.getDate(9).toLocalDate(),
        decision.toDecision());
  }
}
