package org.egate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code egate} command. Each subcommand is one class; JSON goes to stdout, logs to stderr;
 * exit code 0 on success, 1 on a failed check, 2 on bad usage (DESIGN.md, "The egate command").
 */
@Command(
    name = "egate",
    mixinStandardHelpOptions = true,
    versionProvider = Egate.Version.class,
    description = "Open, auditable Automated Border Control (e-Gate).",
    // One line per subcommand; each lives in its own class (package org.egate.cli.<area> for groups).
    subcommands = {
      DemoCommand.class,
      org.egate.cli.face.FaceCommand.class,
      org.egate.cli.eval.EvalCommand.class,
      org.egate.cli.finger.FingerCommand.class,
      org.egate.cli.lane.LaneCommand.class,
      org.egate.cli.mrz.MrzCommand.class,
      org.egate.cli.server.ServerCommand.class,
      org.egate.cli.server.AuditCommand.class,
      org.egate.cli.server.KeysCommand.class,
      org.egate.cli.bench.BenchCommand.class,
      org.egate.cli.simulate.SimulateCommand.class,
    })
public final class Egate implements Callable<Integer> {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return ExitCodes.configure(new CommandLine(new Egate())).execute(args);
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.err);
    return ExitCodes.USAGE;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Egate.class.getPackage().getImplementationVersion();
      return new String[] {"egate " + (v == null ? "development build" : v)};
    }
  }
}
