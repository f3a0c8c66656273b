package org.egate.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import org.egate.server.EgateServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egate bench authorize}: a fresh server on a temporary embedded PostgreSQL, N enrolled
 * travelers, L lanes each signing its own requests over loopback; reports authorizations/s with
 * p50/p99, crossing ingest records/s, and the 1:N duplicate check time over the N enrollments.
 */
@Command(name = "authorize", mixinStandardHelpOptions = true,
    description = "Lane authorization and crossing ingest throughput, and the 1:N duplicate check time (JSON).")
final class BenchAuthorizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--travelers", defaultValue = "100000", description = "enrolled travelers (default ${DEFAULT-VALUE})")
  int travelers;

  @Option(names = "--lanes", defaultValue = "64", description = "concurrent lanes (default ${DEFAULT-VALUE})")
  int lanes;

  @Option(names = "--seconds", defaultValue = "20", description = "measured seconds per phase, after a warm-up (default ${DEFAULT-VALUE})")
  int seconds;

  @Option(names = "--warmup-seconds", defaultValue = "5", description = "warm-up seconds per phase (default ${DEFAULT-VALUE})")
  int warmup;

  @Override
  public Integer call() throws Exception {
    if (travelers < 1 || lanes < 1 || seconds < 1 || warmup < 0) {
      spec.commandLine().getErr().println("egate bench authorize: --travelers, --lanes and --seconds must be positive");
      return ExitCodes.USAGE;
    }
    Path dir = Files.createTempDirectory("egate-bench-");
    try (ConfigurableApplicationContext context = EgateServer.start(0, "egate.data-dir=" + dir, "logging.level.root=WARN",
        "egate.db.pool-size=32")) {
      AuthorizeBench bench = new AuthorizeBench(context, spec.commandLine().getErr());
      ObjectNode out = bench.run(travelers, lanes, warmup, seconds, new ObjectMapper());
      out.put("dataDir", dir.toString());
      spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
