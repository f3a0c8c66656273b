package org.egate.lane.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.face.quality.QualityCheck;
import org.egate.biometrics.face.quality.QualityItem;
import org.junit.jupiter.api.Test;

/** What the lane asks of the traveler for each failed item of the engine's quality report, and its threshold. */
class FaceApiMatcherIssuesTest {
  private static QualityItem failed(QualityCheck check) {
    return new QualityItem(check, 99, Double.NaN, 1);
  }

  @Test
  void accessoriesArePromptedByName() {
    assertThat(FaceApiMatcher.issues(List.of(failed(QualityCheck.EYES_OCCLUDED)))).containsExactly(FaceIssue.SUNGLASSES);
    assertThat(FaceApiMatcher.issues(List.of(failed(QualityCheck.HEAD_COVERED)))).containsExactly(FaceIssue.HAT);
    assertThat(FaceApiMatcher.issues(List.of(failed(QualityCheck.NOSE_MOUTH_OCCLUDED)))).containsExactly(FaceIssue.MASK);
  }

  @Test
  void anAccessoryHidesThePoseAndImageItemsItUpsets() {
    FaceAssessment a = FaceAssessment.of(1, FaceApiMatcher.issues(List.of(failed(QualityCheck.YAW), failed(QualityCheck.EXPOSURE),
        failed(QualityCheck.EYES_OCCLUDED))));
    assertThat(a.firstIssue()).isEqualTo(FaceIssue.SUNGLASSES);
    assertThat(a.firstIssue().prompt()).isPresent();
  }

  @Test
  void poseAsksToLookAtTheCameraAndImageProblemsWaitForTheNextFrame() {
    assertThat(FaceApiMatcher.issues(List.of(failed(QualityCheck.ROLL)))).containsExactly(FaceIssue.NOT_FRONTAL);
    assertThat(FaceApiMatcher.issues(List.of(failed(QualityCheck.SHARPNESS), failed(QualityCheck.INTER_EYE_DISTANCE))))
        .containsExactly(FaceIssue.POOR_IMAGE);
    assertThat(FaceApiMatcher.issues(List.of())).isEmpty();
  }

  @Test
  void theGateThresholdIsTheMeasuredFmrOnePerThousandPointNotFaceApisDefault() {
    assertThat(FaceApiMatcher.GATE_FMR_TARGET).isEqualTo(FmrTarget.ONE_PER_THOUSAND);
    assertThat(FaceApiMatcher.gateThreshold()).isBetween(0.41, 0.6).isNotEqualTo(0.4);
    assertThat(FaceApiMatcher.threshold(FmrTarget.ONE_PER_TEN_THOUSAND)).isGreaterThan(FaceApiMatcher.gateThreshold());
  }
}
