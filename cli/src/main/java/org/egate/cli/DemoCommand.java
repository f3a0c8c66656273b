package org.egate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code egate demo}: until the server exists, checks the specimen documents shipped with egate. */
@Command(name = "demo", description = "Start the whole system with demo data and print the URL and logins.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("egate demo: the server does not exist yet.");
    return ExitCodes.OK;
  }
}
