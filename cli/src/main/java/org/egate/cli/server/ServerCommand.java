package org.egate.cli.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.egate.cli.ExitCodes;
import org.egate.server.EgateServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code egate server [--port N]}: one central server; embedded PostgreSQL under ./data unless EGATE_DB_URL is set. */
@Command(name = "server", mixinStandardHelpOptions = true,
    description = "Run the central server (embedded PostgreSQL under --data-dir unless EGATE_DB_URL is set). Logs to stderr.")
public final class ServerCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 = any free port)")
  int port;

  @Option(names = "--data-dir", defaultValue = "data", description = "embedded database and keystore folder (default ${DEFAULT-VALUE})")
  Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    ConfigurableApplicationContext context = EgateServer.start(port, "egate.data-dir=" + dataDir);
    System.err.println("egate server: listening on http://localhost:" + context.getEnvironment().getProperty("local.server.port")
        + " (OpenAPI at /v3/api-docs, health at /actuator/health); Ctrl-C stops it");
    awaitClose(context);
    return ExitCodes.OK;
  }

  /** Blocks until the context is closed (Ctrl-C runs Spring's shutdown hook). */
  public static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(e -> {
      if (e instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    if (context.isActive()) {
      closed.await();
    }
  }
}
