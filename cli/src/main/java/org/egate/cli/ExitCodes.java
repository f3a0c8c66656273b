package org.egate.cli;

import picocli.CommandLine;

/** The exit-code contract of DESIGN.md: 0 success, 1 a failed check, 2 bad usage. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED_CHECK = 1;
  public static final int USAGE = 2;

  private ExitCodes() {}

  /**
   * Usage errors exit 2 with picocli's message; any unexpected exception prints one line naming
   * its type and message to stderr (never a stack trace to the user) and exits 2.
   */
  static CommandLine configure(CommandLine cl) {
    return cl.setExitCodeExceptionMapper(e -> USAGE)
        .setExecutionExceptionHandler(
            (ex, commandLine, parseResult) -> {
              commandLine
                  .getErr()
                  .println("egate: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
              if (System.getenv("EGATE_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
              }
              return USAGE;
            });
  }
}
