package org.egate.cli.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.egate.biometrics.eval.DetPlot;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.eval.Verification;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.evaluation.FaceVerificationRun;
import org.egate.biometrics.face.evaluation.LfwPairs;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code egate eval faces --root DIR --pairs FILE [--plot FILE] [--threads N] [--limit N]}: LFW
 * protocol; genuine = listed same-person pairs, impostor = all pairs of enrolled images of
 * different people. Scores are descriptor distances. JSON as every eval command ({@link VerificationJson})
 * plus missing, failedToEnroll and how the faces were found.
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
    try (FaceModels models = FaceModels.load(1)) {
      List<FacePipeline> pipelines = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        pipelines.add(new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment()));
      }
      o = FaceVerificationRun.run(root, pairs, pipelines);
    }
    Verification v = Verification.of(o.scores());
    // the contract's targets plus the EU EES one (FMR 0.05 %)
    ObjectNode out = VerificationJson.summary(v, List.of(FmrTarget.ONE_PERCENT, FmrTarget.ONE_PER_THOUSAND,
        FmrTarget.FIVE_PER_TEN_THOUSAND, FmrTarget.ONE_PER_TEN_THOUSAND));
    out.put("listedImpostorPairs", o.listedImpostor());
    out.put("missing", o.missing());
    out.put("failedToEnroll", o.failedToEnrollPairs());
    out.put("imagesEnrolled", o.imagesEnrolled());
    out.put("imagesFailedToEnroll", o.imagesFailed());
    out.putPOJO("failureReasons", o.failureReasons());
    out.putPOJO("foundBy", o.foundBy());
    out.put("scoreOrientation", "LOWER_IS_MORE_SIMILAR");
    out.put("elapsedSeconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
    if (plot != null) {
      DetPlot.titled("Face, LFW protocol (" + o.scores().genuineCount() + " genuine, " + o.scores().impostorCount() + " impostor)")
          .curve("egate face", v).mark(FmrTarget.ONE_PER_THOUSAND).mark(FmrTarget.ONE_PER_TEN_THOUSAND).writePng(plot);
      out.put("plot", plot.toString());
    }
    System.out.println(VerificationJson.MAPPER.writeValueAsString(out));
    return ExitCodes.OK;
  }
}
