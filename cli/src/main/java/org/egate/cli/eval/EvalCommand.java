package org.egate.cli.eval;

import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egate eval}: the group; each modality adds one line to {@code subcommands}. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure biometric accuracy on evaluation data (JSON summary, optional DET plot).",
    subcommands = {
      EvalFingersCommand.class,
      EvalFacesCommand.class,
      EvalSyntheticFingersCommand.class,
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  static void usageError(CommandSpec spec, String message) {
    throw new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
