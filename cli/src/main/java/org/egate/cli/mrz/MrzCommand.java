package org.egate.cli.mrz;

import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code egate mrz}: groups the MRZ subcommands. */
@Command(
    name = "mrz",
    description = "ICAO 9303 machine-readable zones.",
    subcommands = {MrzCheckCommand.class})
public final class MrzCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
