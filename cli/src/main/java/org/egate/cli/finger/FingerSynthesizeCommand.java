package org.egate.cli.finger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egate.cli.ExitCodes;
import org.egate.simulator.finger.SyntheticFingerprints;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egate finger synthesize --dir DIR}: writes SFinGe-style synthetic fingerprints in FVC
 * layout, so that {@code egate eval fingers --dir DIR} can run on a fresh clone.
 */
@Command(
    name = "synthesize",
    mixinStandardHelpOptions = true,
    description = "Write synthetic fingerprints (<finger>_<impression>.png, 500 dpi) for tests and demos.")
final class FingerSynthesizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Folder to write into.")
  Path dir;

  @Option(names = "--fingers", paramLabel = "N", description = "Fingers (default ${DEFAULT-VALUE}).")
  int fingers = 10;

  @Option(names = "--impressions", paramLabel = "N", description = "Impressions per finger (default ${DEFAULT-VALUE}).")
  int impressions = 8;

  @Option(names = "--seed", paramLabel = "S", description = "Seed (default ${DEFAULT-VALUE}); same seed, same images.")
  long seed = 1000;

  @Override
  public Integer call() throws IOException {
    if (fingers < 1 || fingers > 899 || impressions < 1 || impressions > 99) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--fingers must be 1-899 and --impressions 1-99 but were " + fingers + " and " + impressions);
    }
    long start = System.nanoTime();
    int written = SyntheticFingerprints.withDefaults().writeFvcLayout(dir, fingers, impressions, seed);
    ObjectNode out = FingerInput.JSON.createObjectNode();
    out.put("dir", dir.toString());
    out.put("images", written);
    out.put("seed", seed);
    out.put("elapsedSeconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
    spec.commandLine().getOut().println(FingerInput.JSON.writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
