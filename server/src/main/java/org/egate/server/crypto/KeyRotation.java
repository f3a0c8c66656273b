package org.egate.server.crypto;

import java.util.List;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code egate keys rotate}: adds a master key version, re-wraps every data key under it (one
 * small transaction per key, so lanes and officers keep working meanwhile) and makes a fresh data
 * key active for new data. Sealed records are not rewritten: their data keys are unchanged.
 */
@Component
public class KeyRotation {
  private final JdbcClient jdbc;
  private final MasterKeys masters;
  private final DataKeys dataKeys;
  private final TransactionTemplate tx;
  private final AuditLog audit;

  KeyRotation(JdbcClient jdbc, MasterKeys masters, DataKeys dataKeys, TransactionTemplate tx, AuditLog audit) {
    this.jdbc = jdbc;
    this.masters = masters;
    this.dataKeys = dataKeys;
    this.tx = tx;
    this.audit = audit;
  }

  /** What a rotation did. */
  public record Result(String previousMasterKeyId, String masterKeyId, int dataKeysRewrapped, long activeDataKeyId) {}

  public Result rotate(String actor) {
    String previous = masters.current().id();
    String next = masters.addVersion();
    List<Long> ids = jdbc.sql("select id from data_key where master_key_id <> ? order by id").param(next).query(Long.class).list();
    for (long id : ids) {
      tx.executeWithoutResult(
          s -> {
            record Row(String masterId, byte[] wrapped) {}
            Row row =
                jdbc.sql("select master_key_id, wrapped from data_key where id = ? for update")
                    .param(id)
                    .query((rs, n) -> new Row(rs.getString(1), rs.getBytes(2)))
                    .single();
            byte[] raw = Aead.decrypt(masters.get(row.masterId), row.wrapped, "data-key:" + row.masterId);
            byte[] rewrapped = Aead.encrypt(masters.get(next), raw, "data-key:" + next);
            jdbc.sql("update data_key set master_key_id = ?, wrapped = ? where id = ?").params(next, rewrapped, id).update();
          });
    }
    long active =
        tx.execute(
            s -> {
              long id = dataKeys.createActive();
              audit.append(actor, AuditAction.KEYS_ROTATED, "master-key:" + next, "key rotation",
                  "previous=" + previous + " rewrapped=" + ids.size() + " activeDataKey=" + id);
              return id;
            });
    return new Result(previous, next, ids.size(), active);
  }
}
