package org.egate.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * One server on one embedded PostgreSQL (temporary data directory) per test JVM, started on
 * first use: starting PostgreSQL and Spring once keeps the suite fast.
 */
public final class TestServer {
  private static ConfigurableApplicationContext context;
  private static Path dataDir;

  private TestServer() {}

  public static synchronized ConfigurableApplicationContext context() {
    if (context == null) {
      try {
        dataDir = Files.createTempDirectory("egate-test-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      context = EgateServer.start(0, "egate.data-dir=" + dataDir, "logging.level.root=WARN");
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
}
