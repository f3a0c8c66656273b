package org.egate.cli.bench;

import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egate bench}: throughput and latency runs (JSON to stdout). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Throughput and latency runs (JSON summary).",
    subcommands = {BenchAuthorizeCommand.class})
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
