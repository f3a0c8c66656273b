package org.egate.server.crypto;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data keys: random AES-256 keys stored wrapped by a master key in table {@code data_key}. One is
 * active for new data; unwrapped keys are cached by id (a data key never changes, only its
 * wrapping does, so the cache survives a master-key rotation).
 */
@Component
public class DataKeys {
  private final JdbcClient jdbc;
  private final MasterKeys masters;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final Map<Long, SecretKey> cache = new ConcurrentHashMap<>();
  private volatile Long activeId;

  DataKeys(JdbcClient jdbc, MasterKeys masters, Clock clock, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.masters = masters;
    this.clock = clock;
    this.tx = tx;
  }

  /** The active data key's id, creating the first one when there is none. */
  public long activeId() {
    Long id = activeId;
    if (id != null) {
      return id;
    }
    id =
        jdbc.sql("select id from data_key where active").query(Long.class).optional()
            .orElseGet(() -> tx.execute(s -> createActive()));
    activeId = id;
    return id;
  }

  public SecretKey key(long id) {
    return cache.computeIfAbsent(id, this::unwrap);
  }

  /** Forgets which key is active (after a rotation by another process made a new one). */
  public void refresh() {
    activeId = null;
  }

  /** Makes a new data key active; the old ones stay readable. Runs in the caller's transaction. */
  public long createActive() {
    jdbc.sql("update data_key set active = false where active").update();
    MasterKeys.Current master = masters.current();
    byte[] raw = Aead.randomBytes(32);
    byte[] wrapped = Aead.encrypt(master.key(), raw, "data-key:" + master.id());
    long id =
        jdbc.sql(
                "insert into data_key (master_key_id, wrapped, created_at, active) values (?, ?, ?, true) returning id")
            .params(master.id(), wrapped, Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    cache.put(id, new SecretKeySpec(raw, "AES"));
    activeId = id;
    return id;
  }

  private SecretKey unwrap(long id) {
    record Row(String masterId, byte[] wrapped) {}
    Row row =
        jdbc.sql("select master_key_id, wrapped from data_key where id = ?")
            .param(id)
            .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2)))
            .optional()
            .orElseThrow(() -> new IllegalStateException("data key " + id + " does not exist"));
    byte[] raw = Aead.decrypt(masters.get(row.masterId), row.wrapped, "data-key:" + row.masterId);
    return new SecretKeySpec(raw, "AES");
  }
}
