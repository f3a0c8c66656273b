package org.egate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.egate.server.security.LaneCredentials;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One server on one embedded PostgreSQL (temporary data directory) per test JVM, started on
 * first use: starting PostgreSQL and Spring once keeps the suite fast. It has one officer per
 * role ({@code officer1}, {@code supervisor1}, {@code admin1}, {@code auditor1}, password {@link
 * #PASSWORD}) and lane secrets issued on demand.
 */
public final class TestServer {
  public static final String PASSWORD = "correct-horse-battery";
  private static ConfigurableApplicationContext context;
  private static Path dataDir;
  private static final Map<String, byte[]> laneSecrets = new ConcurrentHashMap<>();

  private TestServer() {}

  public static synchronized ConfigurableApplicationContext context() {
    if (context == null) {
      try {
        dataDir = Files.createTempDirectory("egate-test-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context = EgateServer.start(0, "egate.data-dir=" + dataDir, "logging.level.root=WARN");
      OfficerAccounts officers = context.getBean(OfficerAccounts.class);
      context.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
        officers.create("officer1", PASSWORD, EnumSet.of(Role.OFFICER), "Counter Officer");
        officers.create("supervisor1", PASSWORD, EnumSet.of(Role.SUPERVISOR), "Supervisor");
        officers.create("admin1", PASSWORD, EnumSet.of(Role.ADMIN), "Administrator");
        officers.create("auditor1", PASSWORD, EnumSet.of(Role.AUDITOR), "Auditor");
      });
    }
    return context;
  }

  public static String baseUrl() {
    Environment env = context().getEnvironment();
    return "http://localhost:" + env.getProperty("local.server.port");
  }

  public static <T> T bean(Class<T> type) {
    return context().getBean(type);
  }

  public static Path dataDir() {
    context();
    return dataDir;
  }

  public static byte[] laneSecret(String laneId) {
    return laneSecrets.computeIfAbsent(laneId, id ->
        bean(TransactionTemplate.class).execute(s -> bean(LaneCredentials.class).issue(id)));
  }
}
