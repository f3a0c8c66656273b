package org.egate.cli.face;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.quality.FaceQuality;
import org.egate.biometrics.face.quality.QualityItem;
import org.egate.biometrics.face.quality.QualityReport;
import org.egate.biometrics.face.quality.QualityThresholds;
import org.egate.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code egate face quality IMG}: the face quality report at gate thresholds, each item with its
 * measured value and bounds; exit 0 acceptable, 1 not acceptable or no usable face, 2 bad usage.
 */
@Command(name = "quality", description = "Face quality report of one image (JSON).")
final class FaceQualityCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "image (JPEG/PNG)")
  Path image;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(image)) {
      System.err.println("egate face quality: no such file: " + image);
      return ExitCodes.USAGE;
    }
    try (FaceModels models = FaceModels.load(1)) {
      FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
      try {
        FaceAnalysis a = pipeline.analyze(Files.readAllBytes(image));
        ObjectNode out = FaceJson.analysis(image.toString(), a);
        QualityReport report = new FaceQuality(QualityThresholds.gate()).assess(a);
        out.put("acceptable", report.acceptable());
        var failed = out.putArray("failed");
        report.failed().forEach(i -> failed.add(i.check().name()));
        var items = out.putArray("items");
        for (QualityItem i : report.items()) {
          ObjectNode n = items.addObject();
          n.put("check", i.check().name());
          n.put("meaning", i.check().meaning());
          n.put("unit", i.check().unit());
          n.put("measured", i.measured());
          if (!Double.isNaN(i.min())) {
            n.put("min", i.min());
          }
          if (!Double.isNaN(i.max())) {
            n.put("max", i.max());
          }
          n.put("passed", i.passed());
        }
        System.out.println(FaceJson.JSON.writeValueAsString(out));
        return report.acceptable() ? ExitCodes.OK : ExitCodes.FAILED_CHECK;
      } catch (FaceImageException e) {
        System.out.println(FaceJson.JSON.writeValueAsString(FaceJson.rejected(image.toString(), e)));
        return ExitCodes.FAILED_CHECK;
      }
    }
  }
}
