package org.egate.server.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.egate.server.crypto.Aead;
import org.egate.server.crypto.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each lane's HMAC secret, stored sealed; issued once to the administrator who creates it. */
@Component
public class LaneCredentials {
  private final JdbcClient jdbc;
  private final Sealer sealer;
  private final Clock clock;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  LaneCredentials(JdbcClient jdbc, Sealer sealer, Clock clock) {
    this.jdbc = jdbc;
    this.sealer = sealer;
    this.clock = clock;
  }

  /** Issues (or replaces) the lane's secret and returns it; runs in the caller's transaction. */
  public byte[] issue(String laneId) {
    byte[] secret = Aead.randomBytes(32);
    byte[] sealed = sealer.seal(secret, context(laneId));
    jdbc.sql(
            "insert into lane_credential (lane_id, secret_sealed, created_at) values (?, ?, ?)"
                + " on conflict (lane_id) do update set secret_sealed = excluded.secret_sealed, created_at = excluded.created_at")
        .params(laneId, sealed, Timestamp.from(clock.instant()))
        .update();
    cache.remove(laneId);
    return secret;
  }

  public Optional<byte[]> secretOf(String laneId) {
    byte[] cached = cache.get(laneId);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<byte[]> secret =
        jdbc.sql("select secret_sealed from lane_credential where lane_id = ?")
            .param(laneId)
            .query((rs, n) -> rs.getBytes(1))
            .optional()
            .map(sealed -> sealer.open(sealed, context(laneId)));
    secret.ifPresent(s -> cache.put(laneId, s));
    return secret;
  }

  private static String context(String laneId) {
    return "lane-secret:" + laneId;
  }
}
