package org.egate.server.biometric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.egate.biometrics.face.quality.QualityCheck;
import org.egate.border.reason.ReasonCode;
import org.junit.jupiter.api.Test;

/** Which reason code a refused enrollment capture gets when one or several quality items fail. */
class FaceApiTemplatesTest {
  @Test
  void eachFailedItemHasItsOwnReasonCode() {
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.FACE_COUNT))).isEqualTo(ReasonCode.FACE_SEVERAL_FACES);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.INTER_EYE_DISTANCE))).isEqualTo(ReasonCode.FACE_TOO_SMALL);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.EYES_OCCLUDED))).isEqualTo(ReasonCode.OCCLUSION_SUNGLASSES);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.NOSE_MOUTH_OCCLUDED))).isEqualTo(ReasonCode.OCCLUSION_MASK);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.HEAD_COVERED))).isEqualTo(ReasonCode.OCCLUSION_HAT);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.YAW))).isEqualTo(ReasonCode.FACE_POSE);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.PITCH))).isEqualTo(ReasonCode.FACE_POSE);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.ROLL))).isEqualTo(ReasonCode.FACE_POSE);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.SHARPNESS))).isEqualTo(ReasonCode.FACE_BLURRED);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.EXPOSURE))).isEqualTo(ReasonCode.FACE_EXPOSURE);
  }

  @Test
  void anOccludedOrCrowdedCaptureIsNamedForTheCauseNotForThePoseItUpsets() {
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.YAW, QualityCheck.EXPOSURE, QualityCheck.EYES_OCCLUDED)))
        .isEqualTo(ReasonCode.OCCLUSION_SUNGLASSES);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.HEAD_COVERED, QualityCheck.FACE_COUNT))).isEqualTo(ReasonCode.FACE_SEVERAL_FACES);
    assertThat(FaceApiTemplates.reasonFor(List.of(QualityCheck.SHARPNESS, QualityCheck.ROLL))).isEqualTo(ReasonCode.FACE_POSE);
  }

  @Test
  void everyRefusalIsARetryableRejectionTheCounterCanFixByRetaking() {
    for (QualityCheck check : QualityCheck.values()) {
      ReasonCode reason = FaceApiTemplates.reasonFor(List.of(check));
      assertThat(reason.isRetryable()).as(check + " -> " + reason).isTrue();
    }
  }
}
