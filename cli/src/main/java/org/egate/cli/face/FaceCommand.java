package org.egate.cli.face;

import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code egate face ...}: 1:1 comparison and quality report of face images. */
@Command(name = "face", description = "Face comparison and quality.",
    subcommands = {FaceCompareCommand.class, FaceQualityCommand.class})
public final class FaceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    CommandLine.usage(this, System.err);
    return ExitCodes.USAGE;
  }
}
