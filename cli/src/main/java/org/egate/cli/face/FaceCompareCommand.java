package org.egate.cli.face;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceOperatingPoints;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.operating.OperatingPoint;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code egate face compare A B}: the descriptor distance of the two faces and the decision at each
 * configured operating point. Exit 0 when both images gave a face (whatever the decision), 1 when
 * either image was rejected (its reason in the JSON), 2 on bad usage.
 */
@Command(name = "compare", description = "Compare two face images 1:1 (JSON).")
final class FaceCompareCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "first image (JPEG/PNG)")
  Path first;

  @Parameters(index = "1", description = "second image (JPEG/PNG)")
  Path second;

  @Override
  public Integer call() throws Exception {
    for (Path p : new Path[] {first, second}) {
      if (!Files.isRegularFile(p)) {
        System.err.println("egate face compare: no such file: " + p);
        return ExitCodes.USAGE;
      }
    }
    ObjectNode out = FaceJson.JSON.createObjectNode();
    try (FaceModels models = FaceModels.load(1)) {
      FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
      FaceAnalysis a;
      FaceAnalysis b;
      try {
        a = pipeline.analyze(Files.readAllBytes(first));
      } catch (FaceImageException e) {
        out.set("rejected", FaceJson.rejected(first.toString(), e));
        System.out.println(FaceJson.JSON.writeValueAsString(out));
        return ExitCodes.FAILED_CHECK;
      }
      try {
        b = pipeline.analyze(Files.readAllBytes(second));
      } catch (FaceImageException e) {
        out.set("rejected", FaceJson.rejected(second.toString(), e));
        System.out.println(FaceJson.JSON.writeValueAsString(out));
        return ExitCodes.FAILED_CHECK;
      }
      double distance = a.descriptor().distance(b.descriptor());
      out.put("distance", FaceJson.round(distance));
      out.put("scoreOrientation", "LOWER_IS_MORE_SIMILAR");
      OperatingPoints points = FaceOperatingPoints.standard();
      ObjectNode decisions = out.putObject("match");
      ObjectNode thresholds = out.putObject("thresholdAt");
      for (OperatingPoint p : points.points()) {
        decisions.put(p.target().key(), points.accepts(distance, p.target()));
        thresholds.put(p.target().key(), FaceJson.round(p.threshold()));
      }
      out.put("operatingPointsVersion", points.version());
      out.set("first", FaceJson.analysis(first.toString(), a));
      out.set("second", FaceJson.analysis(second.toString(), b));
    }
    System.out.println(FaceJson.JSON.writeValueAsString(out));
    return ExitCodes.OK;
  }

  static String key(FmrTarget t) {
    return t.key();
  }
}
