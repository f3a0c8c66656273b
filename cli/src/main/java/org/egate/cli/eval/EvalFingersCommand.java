package org.egate.cli.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.egate.biometrics.eval.DetPlot;
import org.egate.biometrics.eval.ErrorRates;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.ScoreSet;
import org.egate.biometrics.eval.Verification;
import org.egate.biometrics.finger.ComparisonMode;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintParameters;
import org.egate.biometrics.finger.FvcDataSet;
import org.egate.biometrics.finger.FvcScores;
import org.egate.biometrics.finger.QualityIssue;
import org.egate.biometrics.finger.TwoFingerFusion;
import org.egate.biometrics.operating.OperatingPoint;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code egate eval fingers --dir DIR [--dir DIR...] [--dpi N] [--plot FILE]}: FVC-protocol
 * fingerprint verification (protocols in {@link FvcScores} and decision 0022). With several
 * folders the top-level figures pool them (impostors only within a folder) and
 * {@code perDataSet} lists each.
 */
@Command(
    name = "fingers",
    mixinStandardHelpOptions = true,
    description = "FVC-layout fingerprint verification (<finger>_<impression>.tif): JSON summary, optional DET plot.")
final class EvalFingersCommand implements Callable<Integer> {
  /** A verification requirement: FNMR below {@code fnmrBelow} at FMR {@code fmr}. */
  private record Requirement(String key, FmrTarget fmr, double fnmrBelow) {}

  /** BSI TR-03121 (fingerprint FMR 0.1 %, FNMR < 2 %) and EU EES (FMR 0.05 %, FNMR < 0.5 %), issue 3. */
  private static final List<Requirement> REQUIREMENTS =
      List.of(
          new Requirement("bsiTr03121", FmrTarget.ONE_PER_THOUSAND, 0.02),
          new Requirement("eesEntryExit", FmrTarget.FIVE_PER_TEN_THOUSAND, 0.005));

  private static final List<FmrTarget> OPERATING_TARGETS =
      List.of(FmrTarget.ONE_PER_THOUSAND, FmrTarget.FIVE_PER_TEN_THOUSAND, FmrTarget.ONE_PER_TEN_THOUSAND);

  @Spec CommandSpec spec;

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "FVC folder; repeat to pool several.")
  List<Path> dirs;

  @Option(names = "--dpi", paramLabel = "N", description = "Resolution of the images (default: the file's, else 500).")
  Double dpi;

  @Option(names = "--plot", paramLabel = "FILE", description = "Write a DET plot (PNG).")
  Path plot;

  @Option(names = "--mode", paramLabel = "MODE", description = "1:1 score: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ComparisonMode mode = ComparisonMode.SYMMETRIC_MEAN;

  @Option(names = "--fusion", paramLabel = "RULE", description = "Two-finger fusion: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  TwoFingerFusion fusion = TwoFingerFusion.MEAN;

  @Option(names = "--write-operating-points", paramLabel = "FILE",
      description = "Write the single-finger thresholds as an operating-points file.")
  Path operatingPointsFile;

  private final Clock clock = Clock.system(ZoneId.of("Asia/Taipei"));

  @Override
  public Integer call() throws IOException {
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        EvalCommand.usageError(spec, "--dir must be a directory but was '" + dir + "'");
      }
    }
    if (dpi != null && !(dpi >= FingerprintParameters.DEFAULTS.minDpi() && dpi <= FingerprintParameters.DEFAULTS.maxDpi())) {
      EvalCommand.usageError(spec, "--dpi must be " + FingerprintParameters.DEFAULTS.minDpi() + " to "
          + FingerprintParameters.DEFAULTS.maxDpi() + " but was " + dpi);
    }
    long start = System.nanoTime();
    FingerprintEngine engine = new FingerprintEngine(FingerprintParameters.DEFAULTS, mode);
    OptionalDouble resolution = dpi == null ? OptionalDouble.empty() : OptionalDouble.of(dpi);
    List<FvcScores> measured = new ArrayList<>();
    for (Path dir : dirs) {
      spec.commandLine().getErr().println("egate eval fingers: " + dir);
      spec.commandLine().getErr().flush();
      measured.add(FvcScores.measure(FvcDataSet.open(dir), engine, resolution));
    }

    ObjectNode out = VerificationJson.MAPPER.createObjectNode();
    ArrayNode sets = out.putArray("dataSets");
    dirs.forEach(d -> sets.add(d.toString()));
    if (dpi == null) {
      out.putNull("dpi");
    } else {
      out.put("dpi", dpi);
    }
    out.put("comparisonMode", mode.name());
    ScoreSet single = pool(measured, s -> s.singleFinger(mode, false));
    Verification singleV = Verification.of(single);
    Verification fusedV = Verification.of(pool(measured, s -> s.twoFinger(mode, fusion)));
    counts(out, measured);
    out.setAll(VerificationJson.summary(singleV));
    out.set("fvcProtocol", VerificationJson.summary(Verification.of(pool(measured, s -> s.singleFinger(mode, true)))));
    out.set("twoFingerFusion", fusionJson(measured));
    ObjectNode modes = out.putObject("comparisonModes");
    for (ComparisonMode m : ComparisonMode.values()) {
      modes.set(m.name(), VerificationJson.summary(Verification.of(pool(measured, s -> s.singleFinger(m, false)))));
    }
    out.set("requirements", requirements(singleV, fusedV));
    if (measured.size() > 1) {
      ArrayNode per = out.putArray("perDataSet");
      for (FvcScores s : measured) {
        ObjectNode o = per.addObject();
        o.put("dataSet", s.dataSet().folder().toString());
        counts(o, List.of(s));
        o.setAll(VerificationJson.summary(Verification.of(s.singleFinger(mode, false))));
        o.set("fvcProtocol", VerificationJson.summary(Verification.of(s.singleFinger(mode, true))));
        o.set("twoFingerFusion", VerificationJson.summary(Verification.of(s.twoFinger(mode, fusion))));
      }
    }
    if (plot != null) {
      DetPlot det = DetPlot.titled("Fingerprint DET, SourceAFIS 3.18.1, " + mode);
      if (measured.size() == 1) {
        det.curve("single finger", singleV);
      } else {
        for (FvcScores s : measured) {
          det.curve(s.dataSet().folder().getFileName() + " single", Verification.of(s.singleFinger(mode, false)));
        }
        det.curve("all single", singleV);
      }
      det.curve("two fingers (" + fusion + ")", fusedV)
          .mark(FmrTarget.ONE_PER_THOUSAND)
          .mark(FmrTarget.ONE_PER_TEN_THOUSAND)
          .writePng(plot);
      out.put("plot", plot.toString());
    }
    if (operatingPointsFile != null) {
      writeOperatingPoints(singleV);
      out.put("operatingPoints", operatingPointsFile.toString());
    }
    out.put("elapsedSeconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
    spec.commandLine().getOut().println(VerificationJson.MAPPER.writeValueAsString(out));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private static ScoreSet pool(List<FvcScores> measured, java.util.function.Function<FvcScores, ScoreSet> f) {
    return ScoreSet.pooled(measured.stream().map(f).collect(Collectors.toList()));
  }

  private static void counts(ObjectNode o, List<FvcScores> measured) {
    o.put("images", measured.stream().mapToInt(s -> s.dataSet().images().size()).sum());
    o.put("missing", measured.stream().mapToInt(s -> s.dataSet().missing()).sum());
    o.put("failedToEnroll", measured.stream().mapToInt(s -> s.failedToEnroll().size()).sum());
    ObjectNode fte = o.putObject("failedToEnrollImages");
    for (FvcScores s : measured) {
      for (Map.Entry<String, QualityIssue> e : s.failedToEnroll().entrySet()) {
        fte.put(s.dataSet().folder().getFileName() + "/" + e.getKey(), e.getValue().reason() + ": " + e.getValue().message());
      }
    }
  }

  private ObjectNode fusionJson(List<FvcScores> measured) {
    ObjectNode o = VerificationJson.MAPPER.createObjectNode();
    o.put("rule", fusion.name());
    o.put("protocol", "virtual persons: consecutive fingers (101+102, 103+104, ...) of one folder are the left and"
        + " right index finger; genuine = impression pairs i<j of the same person, both fingers compared and"
        + " fused; impostor = every impression pair of two different persons; no pair crosses folders");
    o.setAll(VerificationJson.summary(Verification.of(pool(measured, s -> s.twoFinger(mode, fusion)))));
    ObjectNode byRule = o.putObject("byRule");
    for (TwoFingerFusion r : TwoFingerFusion.values()) {
      byRule.set(r.name(), VerificationJson.summary(Verification.of(pool(measured, s -> s.twoFinger(mode, r)))));
    }
    return o;
  }

  private static ObjectNode requirements(Verification single, Verification fused) {
    ObjectNode o = VerificationJson.MAPPER.createObjectNode();
    for (Requirement r : REQUIREMENTS) {
      ObjectNode req = o.putObject(r.key());
      req.put("fmr", r.fmr().fraction());
      req.put("fnmrBelow", r.fnmrBelow());
      requirement(req.putObject("singleFinger"), single, r.fmr(), r.fnmrBelow());
      requirement(req.putObject("twoFingerFusion"), fused, r.fmr(), r.fnmrBelow());
    }
    return o;
  }

  private static void requirement(ObjectNode o, Verification v, FmrTarget target, double limit) {
    OptionalDouble fnmr = v.fnmrAt(target);
    VerificationJson.put(o, "fnmr", fnmr);
    VerificationJson.put(o, "threshold", v.thresholdAt(target));
    o.put("met", fnmr.isPresent() && fnmr.getAsDouble() < limit);
    // With fewer than 1/FMR impostors the threshold is "no impostor accepted": stricter than asked.
    o.put("fmrResolvable", v.impostorCount() * target.fraction() >= 1);
  }

  private void writeOperatingPoints(Verification single) throws IOException {
    List<OperatingPoint> points = new ArrayList<>();
    for (FmrTarget t : OPERATING_TARGETS) {
      ErrorRates r = single.ratesAt(t).orElseThrow(() -> new IllegalStateException("no scores to set thresholds from"));
      points.add(new OperatingPoint(t, r.threshold(), r.fmr(), r.fnmr()));
    }
    LocalDate today = LocalDate.now(clock);
    // Folder names with their parent (fvc2002/DB1_B), never this machine's absolute paths.
    String dataSet = dirs.stream()
        .map(d -> d.toAbsolutePath().normalize())
        .map(d -> (d.getParent() == null ? "" : d.getParent().getFileName() + "/") + d.getFileName())
        .collect(Collectors.joining(", "));
    OperatingPoints op = new OperatingPoints(
        "finger",
        today.toString(),
        "SourceAFIS 3.18.1, " + mode + " score, egate decoding (grey rendered to sRGB as SourceAFIS does), dpi "
            + (dpi == null ? "from file or 500" : String.format(Locale.ROOT, "%.0f", dpi)),
        single.orientation(),
        dataSet,
        "egate eval fingers: genuine = all impression pairs of a finger; impostor = all pairs of images of"
            + " different fingers within one folder; failures to enroll count as rejections; "
            + single.genuineCount() + " genuine, " + single.impostorCount() + " impostor",
        today,
        points);
    op.write(operatingPointsFile);
  }
}
