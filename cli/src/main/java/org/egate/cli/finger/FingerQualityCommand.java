package org.egate.cli.finger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.QualityReport;
import org.egate.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code egate finger quality IMG}: the quality report; exit 1 when the image would be refused. */
@Command(name = "quality", mixinStandardHelpOptions = true, description = "Fingerprint quality report (JSON).")
final class FingerQualityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMG")
  Path image;

  @Option(names = "--dpi", paramLabel = "N", description = "Resolution (default: the file's, else 500).")
  Double dpi;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(image)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: '" + image + "'");
    }
    QualityReport q = FingerprintEngine.withDefaults()
        .assess(Files.readAllBytes(image), dpi == null ? OptionalDouble.empty() : OptionalDouble.of(dpi));
    var out = FingerInput.quality(q);
    out.put("image", image.toString());
    spec.commandLine().getOut().println(FingerInput.JSON.writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return q.acceptable() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
  }
}
