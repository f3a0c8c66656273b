package org.egate.cli.eval;

import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code egate eval ...}: measured verification accuracy on evaluation data (one line per modality). */
@Command(name = "eval", description = "Measure verification accuracy on evaluation data.",
    subcommands = {
      EvalFacesCommand.class,
    })
public final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    CommandLine.usage(this, System.err);
    return ExitCodes.USAGE;
  }
}
