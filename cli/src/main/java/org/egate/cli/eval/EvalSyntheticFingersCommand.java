package org.egate.cli.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.egate.biometrics.eval.ErrorRates;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.Verification;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.operating.OperatingPoint;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.cli.ExitCodes;
import org.egate.simulator.finger.SyntheticFingerprints;
import org.egate.simulator.finger.SyntheticTrial;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egate eval synthetic-fingers --fingers N --impressions K --seed S}: SourceAFIS genuine
 * and impostor scores of the simulator's synthetic fingerprints (decision 0121), with the error
 * rates at the real-data finger operating points, so one can see whether synthetic prints behave
 * like real ones at the thresholds the system uses.
 */
@Command(
    name = "synthetic-fingers",
    mixinStandardHelpOptions = true,
    description = "SourceAFIS scores of synthetic fingerprint pairs (genuine and impostor): JSON summary.")
final class EvalSyntheticFingersCommand implements Callable<Integer> {
  private static final List<FmrTarget> TARGETS =
      List.of(FmrTarget.ONE_PERCENT, FmrTarget.ONE_PER_THOUSAND, FmrTarget.ONE_PER_TEN_THOUSAND);

  @Spec CommandSpec spec;

  @Option(names = "--fingers", paramLabel = "N", description = "Synthetic fingers (default ${DEFAULT-VALUE}).")
  int fingers = 100;

  @Option(names = "--impressions", paramLabel = "K", description = "Impressions per finger (default ${DEFAULT-VALUE}).")
  int impressions = 4;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the first finger (default ${DEFAULT-VALUE}).")
  long seed = 1000;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors); scores do not depend on it.")
  Integer threads;

  @Option(names = "--threshold", paramLabel = "SCORE", split = ",",
      description = "Also report FMR/FNMR at these scores (default ${DEFAULT-VALUE}: the server's 1:N duplicate threshold).")
  List<Double> thresholds = List.of(40.0);

  @Override
  public Integer call() throws IOException {
    if (fingers < 2 || fingers > 100_000 || impressions < 2 || impressions > 99) {
      EvalCommand.usageError(spec, "--fingers must be 2-100000 and --impressions 2-99 but were "
          + fingers + " and " + impressions);
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1 || workers > 256) {
      EvalCommand.usageError(spec, "--threads must be 1-256 but was " + workers);
    }
    long start = System.nanoTime();
    spec.commandLine().getErr().printf("egate eval synthetic-fingers: %d fingers x %d impressions, seed %d, %d threads%n",
        fingers, impressions, seed, workers);
    spec.commandLine().getErr().flush();
    FingerprintEngine engine = FingerprintEngine.withDefaults();
    SyntheticTrial trial = SyntheticTrial.run(SyntheticFingerprints.withDefaults(), engine, fingers, impressions, seed, workers);
    Verification v = Verification.of(trial.scores());

    ObjectNode out = VerificationJson.MAPPER.createObjectNode();
    out.put("generator", "org.egate.simulator.finger (SFinGe-style), SyntheticFingerprintParameters.DEFAULTS");
    out.put("engine", "SourceAFIS 3.18.1, " + engine.mode() + " score");
    out.put("fingers", fingers);
    out.put("impressions", impressions);
    out.put("seed", seed);
    out.put("protocol", "finger f = master(seed + f); genuine = every impression pair i < j of a finger;"
        + " impostor = first impression of every finger against the first impression of every other finger");
    out.setAll(VerificationJson.summary(v, TARGETS));
    out.put("maxImpostor", trial.maxImpostor());
    ObjectNode iq = out.putObject("impostorQuantiles");
    for (double q : new double[] {0.5, 0.99, 0.999, 0.9999}) {
      iq.put(Double.toString(q), trial.impostorQuantile(q));
    }
    ObjectNode gq = out.putObject("genuineQuantiles");
    for (double q : new double[] {0.01, 0.05, 0.5}) {
      gq.put(Double.toString(q), trial.genuineQuantile(q));
    }
    ObjectNode m = out.putObject("minutiae");
    m.put("min", trial.minutiaeQuantile(0));
    m.put("p5", trial.minutiaeQuantile(0.05));
    m.put("median", trial.minutiaeQuantile(0.5));
    m.put("p95", trial.minutiaeQuantile(0.95));
    m.put("max", trial.minutiaeQuantile(1));
    out.put("belowQualityGate", trial.belowQualityGate());
    out.put("unusable", trial.unusable());
    OperatingPoints real = OperatingPoints.forModality("finger");
    ObjectNode atReal = out.putObject("atRealOperatingPoints");
    atReal.put("dataSet", real.dataSet());
    ArrayNode points = atReal.putArray("points");
    for (OperatingPoint p : real.points()) {
      points.add(rates(v, p.threshold()).put("fmrTarget", p.target().key()));
    }
    ArrayNode at = out.putArray("atThresholds");
    for (double t : thresholds) {
      at.add(rates(v, t));
    }
    out.put("millisPerMaster", Math.round(trial.millisPerMaster() * 10) / 10.0);
    out.put("millisPerImpression", Math.round(trial.millisPerImpression() * 10) / 10.0);
    out.put("elapsedSeconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
    spec.commandLine().getOut().println(VerificationJson.MAPPER.writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private static ObjectNode rates(Verification v, double threshold) {
    ErrorRates r = v.ratesAt(threshold);
    ObjectNode o = VerificationJson.MAPPER.createObjectNode();
    o.put("threshold", threshold);
    o.put("fmr", r.fmr());
    o.put("fnmr", r.fnmr());
    return o;
  }
}
