package org.egate.cli.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.egate.biometrics.eval.DetPlot;
import org.egate.biometrics.eval.ErrorRates;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.Verification;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.evaluation.CanvasBaseline;
import org.egate.biometrics.face.evaluation.FaceVerificationRun;
import org.egate.biometrics.face.evaluation.LfwPairs;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.operating.OperatingPoint;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egate eval faces --root DIR --pairs FILE [--plot FILE] [--threads N] [--limit N]
 * [--baseline-subset] [--mirror-averaging true|false] [--write-operating-points FILE]}: LFW
 * protocol; genuine = listed same-person pairs, impostor = all pairs of enrolled images of
 * different people. Scores are descriptor distances. JSON as every eval command ({@link VerificationJson})
 * plus missing, failedToEnroll and how the faces were found; with {@code --baseline-subset} also
 * the same figures on the images the face-api-on-a-3x-canvas baseline finds (decision 0036).
 */
@Command(name = "faces", description = "LFW-protocol face verification (JSON summary, optional DET plot).")
final class EvalFacesCommand implements Callable<Integer> {
  @Option(names = "--root", required = true, description = "LFW image root: DIR/<Name>/<Name>_<NNNN>.jpg")
  Path root;

  @Option(names = "--pairs", required = true, description = "LFW pairs.txt")
  Path pairsFile;

  @Option(names = "--plot", description = "write a DET plot (PNG) here")
  Path plot;

  @Option(names = "--threads", defaultValue = "2", description = "worker threads (default ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--limit", description = "use only the first N pairs of the file")
  Integer limit;

  @Option(names = "--baseline-subset",
      description = "also report the figures on the images face-api's SSD finds on a 3x canvas (the issue's baseline subset)")
  boolean baselineSubset;

  @Option(names = "--mirror-averaging", arity = "1", paramLabel = "BOOL",
      description = "average the descriptors of the face and its mirror image (default: as FaceParameters.enrollment())")
  Boolean mirrorAveraging;

  @Option(names = "--write-operating-points", paramLabel = "FILE",
      description = "write the thresholds at FMR 1 %, 0.1 %, 0.05 %, 0.01 % as an operating-points file")
  Path operatingPointsFile;

  private static final List<FmrTarget> OPERATING_TARGETS = List.of(FmrTarget.ONE_PERCENT, FmrTarget.ONE_PER_THOUSAND,
      FmrTarget.FIVE_PER_TEN_THOUSAND, FmrTarget.ONE_PER_TEN_THOUSAND);

  private final Clock clock = Clock.system(ZoneId.of("Asia/Taipei"));

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(root) || !Files.isRegularFile(pairsFile)) {
      System.err.println("egate eval faces: --root must be a directory and --pairs a file");
      return ExitCodes.USAGE;
    }
    if (threads < 1) {
      System.err.println("egate eval faces: --threads must be >= 1 but was " + threads);
      return ExitCodes.USAGE;
    }
    LfwPairs pairs = LfwPairs.read(pairsFile);
    if (limit != null) {
      pairs = new LfwPairs(pairs.pairs().subList(0, Math.min(limit, pairs.pairs().size())));
    }
    long start = System.nanoTime();
    FaceVerificationRun.Outcome o;
    FaceParameters parameters = FaceParameters.enrollment();
    if (mirrorAveraging != null) {
      parameters = parameters.withMirrorAveraging(mirrorAveraging);
    }
    ImageDecoder decoder = ImageDecoder.standard();
    try (FaceModels models = FaceModels.load(1)) {
      List<FacePipeline> pipelines = new ArrayList<>();
      List<CanvasBaseline> baselines = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        pipelines.add(new FacePipeline(models, decoder, parameters));
        if (baselineSubset) {
          baselines.add(new CanvasBaseline(models));
        }
      }
      o = FaceVerificationRun.run(root, pairs, pipelines, baselines);
    }
    Verification v = Verification.of(o.scores());
    // the contract's targets plus the EU EES one (FMR 0.05 %)
    ObjectNode out = VerificationJson.summary(v, OPERATING_TARGETS);
    out.put("listedImpostorPairs", o.listedImpostor());
    out.put("missing", o.missing());
    out.put("failedToEnroll", o.failedToEnrollPairs());
    out.put("imagesEnrolled", o.imagesEnrolled());
    out.put("imagesFailedToEnroll", o.imagesFailed());
    out.putPOJO("failureReasons", o.failureReasons());
    out.putPOJO("foundBy", o.foundBy());
    out.put("scoreOrientation", "LOWER_IS_MORE_SIMILAR");
    ObjectNode settings = out.putObject("settings");
    settings.put("mirrorAveraging", parameters.mirrorAveraging());
    settings.put("jpegDecoding", decoder.jpegDecoding().name());
    if (o.baselineSubset().isPresent()) {
      FaceVerificationRun.Subset s = o.baselineSubset().get();
      ObjectNode sub = VerificationJson.summary(Verification.of(s.scores()), OPERATING_TARGETS);
      sub.put("rule", "images in which face-api's SSD (512 px input, confidence " + CanvasBaseline.MIN_CONFIDENCE
          + ") finds a face when centred on a grey canvas " + CanvasBaseline.CANVAS_SCALE + "x its size");
      sub.put("images", s.images());
      sub.put("imagesEnrolled", s.imagesEnrolled());
      sub.put("failedToEnroll", s.failedToEnrollPairs());
      out.set("baselineSubset", sub);
    }
    if (operatingPointsFile != null) {
      writeOperatingPoints(v, o, parameters);
    }
    out.put("elapsedSeconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    if (plot != null) {
      DetPlot.titled("Face, LFW protocol (" + o.scores().genuineCount() + " genuine, " + o.scores().impostorCount() + " impostor)")
          .curve("egate face", v).mark(FmrTarget.ONE_PER_THOUSAND).mark(FmrTarget.ONE_PER_TEN_THOUSAND).writePng(plot);
      out.put("plot", plot.toString());
    }
    System.out.println(VerificationJson.MAPPER.writeValueAsString(out));
    return ExitCodes.OK;
  }

  private void writeOperatingPoints(Verification v, FaceVerificationRun.Outcome o, FaceParameters parameters) throws java.io.IOException {
    List<OperatingPoint> points = new ArrayList<>();
    for (FmrTarget t : OPERATING_TARGETS) {
      ErrorRates r = v.ratesAt(t).orElseThrow(() -> new IllegalStateException("no scores to set thresholds from"));
      points.add(new OperatingPoint(t, r.threshold(), r.fmr(), r.fnmr()));
    }
    LocalDate today = LocalDate.now(clock);
    Path data = root.toAbsolutePath().normalize();
    String dataSet = (data.getParent() == null ? "" : data.getParent().getFileName() + "/") + data.getFileName()
        + " with " + (limit == null ? "" : "the first " + limit + " pairs of ") + pairsFile.getFileName() + ": " + o.imagesEnrolled() + " images enrolled, " + v.genuineCount()
        + " genuine pairs, " + v.impostorCount() + " impostor pairs";
    OperatingPoints op = new OperatingPoints(
        "face",
        today.toString(),
        "egate face pipeline (face-api 1.7.15 weights converted to ONNX; reference-identical JPEG decoding; canvas search,"
            + " landmark refinement, eye-levelled descriptor crop" + (parameters.mirrorAveraging() ? ", mirror-averaged descriptor" : "")
            + "), Euclidean descriptor distance",
        v.orientation(),
        dataSet,
        "egate eval faces: genuine = listed same-person pairs; impostor = all pairs of enrolled images of different people;"
            + " threshold = largest distance with FMR <= target",
        today,
        points);
    op.write(operatingPointsFile);
  }
}
