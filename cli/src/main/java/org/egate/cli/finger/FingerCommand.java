package org.egate.cli.finger;

import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egate finger}: the group; one line per subcommand. */
@Command(
    name = "finger",
    mixinStandardHelpOptions = true,
    description = "Fingerprint tools: 1:1 compare, quality report, synthetic prints (JSON).",
    subcommands = {
      FingerCompareCommand.class,
      FingerQualityCommand.class,
      FingerSynthesizeCommand.class,
    })
public final class FingerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
