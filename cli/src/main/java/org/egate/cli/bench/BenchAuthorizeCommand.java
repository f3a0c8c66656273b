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

  @Option(names = "--rate", defaultValue = "1000",
      description = "offered authorizations/s of the paced phase, spread over the lanes; 0 skips it (default ${DEFAULT-VALUE})")
  int rate;

  @Option(names = "--server-property", paramLabel = "KEY=VALUE",
      description = "a server setting for A/B runs, e.g. egate.lane-endpoint-filter=false or egate.group-commit.max-batch=1 (repeatable)")
  java.util.List<String> serverProperties = new java.util.ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (travelers < 1 || lanes < 1 || seconds < 1 || warmup < 0 || rate < 0
        || serverProperties.stream().anyMatch(p -> !p.matches("[A-Za-z0-9.\\-]+=.*"))) {
      spec.commandLine().getErr().println(
          "egate bench authorize: --travelers, --lanes and --seconds must be positive, --rate not negative, --server-property KEY=VALUE");
      return ExitCodes.USAGE;
    }
    Path dir = Files.createTempDirectory("egate-bench-");
    java.util.List<String> properties = new java.util.ArrayList<>(java.util.List.of("egate.data-dir=" + dir, "logging.level.root=WARN",
        "egate.db.pool-size=32"));
    properties.addAll(serverProperties);
    try (ConfigurableApplicationContext context = EgateServer.start(0, properties.toArray(String[]::new))) {
      AuthorizeBench bench = new AuthorizeBench(context, spec.commandLine().getErr(), dir);
      ObjectNode out = bench.run(travelers, lanes, warmup, seconds, rate, new ObjectMapper());
      out.putPOJO("serverProperties", serverProperties);
      out.put("dataDir", dir.toString());
      spec.commandLine().getOut().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
