package org.egate.server.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master keys, by id ({@code master-1}, {@code master-2}, ...; the highest is current). They
 * come from {@code EGATE_MASTER_KEY} (one base64 AES-256 key, id {@code env-1}; rotation then
 * means replacing the variable and using a keystore) or else from a PKCS#12 keystore file
 * ({@code egate.keystore}, default {@code <data-dir>/keys/master.p12}, password {@code
 * EGATE_KEYSTORE_PASSWORD}), created on first start.
 */
@Component
public class MasterKeys {
  private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);
  private static final String PREFIX = "master-";

  private final Path keystore;
  private final char[] password;
  private final String envKey;
  private volatile Map<String, SecretKey> keys;

  MasterKeys(
      @Value("${egate.data-dir:data}") String dataDir,
      @Value("${egate.keystore:}") String keystore,
      @Value("${EGATE_KEYSTORE_PASSWORD:egate-development-only}") String password,
      @Value("${EGATE_MASTER_KEY:}") String envKey) {
    this.keystore = keystore.isBlank() ? Path.of(dataDir, "keys", "master.p12") : Path.of(keystore);
    this.password = password.toCharArray();
    this.envKey = envKey;
    if (password.equals("egate-development-only") && envKey.isBlank()) {
      log.warn("EGATE_KEYSTORE_PASSWORD is not set; the keystore uses the development password");
    }
    reload();
  }

  /** The key that wraps new data keys. */
  public synchronized Current current() {
    TreeMap<String, SecretKey> sorted = new TreeMap<>(MasterKeys::byVersion);
    sorted.putAll(keys);
    var last = sorted.lastEntry();
    return new Current(last.getKey(), last.getValue());
  }

  /** The master key with this id, reloading the keystore once if another process added it. */
  public SecretKey get(String id) {
    SecretKey k = keys.get(id);
    if (k == null) {
      reload();
      k = keys.get(id);
    }
    if (k == null) {
      throw new IllegalStateException("master key " + id + " is in neither " + keystore + " nor EGATE_MASTER_KEY");
    }
    return k;
  }

  /** Adds a new master key version to the keystore and returns its id. */
  public synchronized String addVersion() {
    if (!envKey.isBlank()) {
      throw new IllegalStateException(
          "the master key comes from EGATE_MASTER_KEY; rotate by moving to a keystore (egate.keystore)");
    }
    reload();
    int next = keys.keySet().stream().mapToInt(MasterKeys::version).max().orElse(0) + 1;
    Map<String, SecretKey> updated = new TreeMap<>(keys);
    updated.put(PREFIX + next, new SecretKeySpec(Aead.randomBytes(32), "AES"));
    write(updated);
    keys = Collections.unmodifiableMap(updated);
    return PREFIX + next;
  }

  private synchronized void reload() {
    if (!envKey.isBlank()) {
      byte[] raw = Base64.getDecoder().decode(envKey.trim());
      if (raw.length != 32) {
        throw new IllegalArgumentException("EGATE_MASTER_KEY must be 32 bytes in base64 but was " + raw.length + " bytes");
      }
      keys = Map.of("env-1", new SecretKeySpec(raw, "AES"));
      return;
    }
    if (!Files.exists(keystore)) {
      Map<String, SecretKey> first = new TreeMap<>();
      first.put(PREFIX + 1, new SecretKeySpec(Aead.randomBytes(32), "AES"));
      write(first);
      log.info("created master keystore {}", keystore);
    }
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      Map<String, SecretKey> loaded = new TreeMap<>();
      for (String alias : Collections.list(ks.aliases())) {
        if (alias.startsWith(PREFIX)) {
          loaded.put(alias, (SecretKey) ks.getKey(alias, password));
        }
      }
      if (loaded.isEmpty()) {
        throw new IllegalStateException("keystore " + keystore + " holds no master-N key");
      }
      keys = Collections.unmodifiableMap(loaded);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read master keystore " + keystore + ": " + e.getMessage(), e);
    }
  }

  private void write(Map<String, SecretKey> all) {
    try {
      Files.createDirectories(keystore.toAbsolutePath().getParent());
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, password);
      for (var e : all.entrySet()) {
        ks.setEntry(e.getKey(), new KeyStore.SecretKeyEntry(e.getValue()), new KeyStore.PasswordProtection(password));
      }
      Path tmp = keystore.resolveSibling(keystore.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        ks.store(out, password);
      }
      // Atomic replace: a server reloading concurrently sees the old or the new file, never half.
      Files.move(tmp, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write master keystore " + keystore, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot write master keystore " + keystore, e);
    }
  }

  private static int version(String id) {
    int dash = id.lastIndexOf('-');
    return Integer.parseInt(id.substring(dash + 1));
  }

  private static int byVersion(String a, String b) {
    return Integer.compare(version(a), version(b));
  }

  /** The current master key and its id. */
  public record Current(String id, SecretKey key) {}
}
