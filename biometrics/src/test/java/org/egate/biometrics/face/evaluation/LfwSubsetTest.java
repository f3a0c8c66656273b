package org.egate.biometrics.face.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.egate.biometrics.eval.Verification;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A small slice of LFW dev (fold 1: 100 same-person and 100 different-person pairs, ~370 images)
 * so the build notices when enrollment or accuracy regress; full figures come from
 * {@code egate eval faces}.
 */
class LfwSubsetTest {
  @Test
  void enrollsNearlyEveryImageAndSeparatesPeople() throws Exception {
    Path lfw = Path.of(System.getProperty("egate.shared.data", "../shared/data"), "faces", "lfw-dev");
    Assumptions.assumeTrue(Files.isDirectory(lfw.resolve("images")), "LFW dev data absent: " + lfw);
    LfwPairs all = LfwPairs.read(lfw.resolve("pairs.txt"));
    List<LfwPairs.Pair> slice = new ArrayList<>(all.pairs().subList(0, 100));
    slice.addAll(all.pairs().subList(300, 400));
    try (FaceModels models = FaceModels.load(1)) {
      FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
      FaceVerificationRun.Outcome o = FaceVerificationRun.run(lfw.resolve("images"), new LfwPairs(slice), List.of(pipeline, pipeline));
      double enrollRate = (double) o.imagesEnrolled() / (o.imagesEnrolled() + o.imagesFailed());
      Verification v = Verification.of(o.scores());
      System.err.printf("LFW subset: %d enrolled, %d failed, %d missing pairs, EER %.4f%n",
          o.imagesEnrolled(), o.imagesFailed(), o.missing(), v.eer().orElse(Double.NaN));
      assertThat(o.missing()).as("pairs naming an absent image").isPositive();
      assertThat(enrollRate).isGreaterThanOrEqualTo(0.99);
      assertThat(v.eer().orElseThrow()).isLessThanOrEqualTo(0.06);
    }
  }
}
