package org.egate.cli.finger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.egate.biometrics.finger.ComparisonMode;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintRejectedException;
import org.egate.biometrics.operating.OperatingPoint;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code egate finger compare PROBE REFERENCE}: the symmetric SourceAFIS score, both directed
 * scores, and the decision at each shipped operating point. Exit 0 when compared (match or
 * not), 1 when an input is refused (its reason in the JSON), 2 on bad usage.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "1:1 fingerprint comparison of two images or templates (JSON score and decisions).")
final class FingerCompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROBE", description = "Live capture: image or ISO/IEC 19794-2 / SourceAFIS template.")
  Path probe;

  @Parameters(index = "1", paramLabel = "REFERENCE", description = "Enrolled fingerprint: image or template.")
  Path reference;

  @Option(names = "--dpi", paramLabel = "N", description = "Resolution of both images (default: the file's, else 500).")
  Double dpi;

  @Override
  public Integer call() throws IOException {
    for (Path p : new Path[] {probe, reference}) {
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: '" + p + "'");
      }
    }
    FingerprintEngine engine = FingerprintEngine.withDefaults();
    OperatingPoints points = OperatingPoints.forModality("finger");
    OptionalDouble resolution = dpi == null ? OptionalDouble.empty() : OptionalDouble.of(dpi);
    ObjectNode out = FingerInput.JSON.createObjectNode();
    out.put("probe", probe.toString());
    out.put("reference", reference.toString());
    Fingerprint p;
    Fingerprint r;
    try {
      p = FingerInput.load(engine, probe, resolution);
    } catch (FingerprintRejectedException e) {
      return refused(out, "probe", e);
    }
    try {
      r = FingerInput.load(engine, reference, resolution);
    } catch (FingerprintRejectedException e) {
      return refused(out, "reference", e);
    }
    double score = engine.compare(p, r);
    out.put("mode", engine.mode().name());
    out.put("score", score);
    FingerprintEngine directed = new FingerprintEngine(engine.parameters(), ComparisonMode.PROBE_TO_REFERENCE);
    out.put("probeToReferenceScore", directed.compare(p, r));
    out.put("referenceToProbeScore", directed.compare(r, p));
    ObjectNode decisions = out.putObject("decisions");
    for (OperatingPoint op : points.points()) {
      ObjectNode d = decisions.putObject(op.target().key());
      d.put("threshold", op.threshold());
      d.put("accepted", points.accepts(score, op.target()));
    }
    ObjectNode source = out.putObject("operatingPoints");
    source.put("version", points.version());
    source.put("dataSet", points.dataSet());
    source.put("measuredOn", points.measuredOn().toString());
    out.set("probeQuality", FingerInput.quality(p.quality()));
    out.set("referenceQuality", FingerInput.quality(r.quality()));
    print(out);
    return ExitCodes.OK;
  }

  private int refused(ObjectNode out, String which, FingerprintRejectedException e) throws IOException {
    out.put("refused", which);
    out.set("issue", FingerInput.issue(e.issue()));
    print(out);
    return ExitCodes.FAILED_CHECK;
  }

  private void print(ObjectNode out) throws IOException {
    spec.commandLine().getOut().println(FingerInput.JSON.writeValueAsString(out));
    spec.commandLine().getOut().flush();
  }
}
