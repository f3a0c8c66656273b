package org.egate.lane.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.biometric.FaceApiMatcher;
import org.egate.lane.biometric.FaceApiMatcherTest;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.LaneRig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clearance flow with the real face engine behind the lane's port: camera frames are image
 * files (an LFW face in a gate-like scene), the enrolled face is a face-api descriptor.
 */
class RealFaceScenarioTest {

  static final Path LFW = FaceApiMatcherTest.LFW;
  static FaceModels models;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    assumeTrue(Files.isDirectory(FaceApiMatcherTest.DEMO) && Files.isDirectory(LFW), "face models or LFW missing");
    models = FaceModels.load(1);
  }

  @AfterAll
  static void close() {
    if (models != null) {
      models.close();
    }
  }

  private Path cameraImage(String lfwImage) throws Exception {
    return Files.write(dir.resolve(lfwImage.replace('/', '_') + ".png"), FaceApiMatcherTest.scene(LFW.resolve(lfwImage)));
  }

  @Test
  void theEnrolledTravelerIsClearedByTheRealFaceMatcherAndAnImpostorIsNot() throws Exception {
    MrzText passport = Documents.rocPassport("ZAKAYEV", "700000001");
    BiometricSet enrolled = BiometricSet.faceOnly(
        FaceApiMatcherTest.enrolled(models, LFW.resolve("Akhmed_Zakayev/Akhmed_Zakayev_0001.jpg")));
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"),
        dir, 9, new FaceApiMatcher(models))) {
      rig.server.enrollWith(passport, "akhmed", enrolled);

      rig.devices.scene().arrive(Visitor.with("akhmed", passport)
          .faceImages(List.of(cameraImage("Akhmed_Zakayev/Akhmed_Zakayev_0003.jpg"))).build());
      Transaction genuine = rig.lane.serveNext().orElseThrow();
      assertThat(genuine.decision().reason()).isEqualTo(ReasonCode.CLEARED);

      rig.devices.scene().arrive(Visitor.with("abel", passport)
          .faceImages(List.of(cameraImage("Abel_Pacheco/Abel_Pacheco_0004.jpg"))).build());
      Transaction impostor = rig.lane.serveNext().orElseThrow();
      assertThat(impostor.decision().reason()).isEqualTo(ReasonCode.FACE_MISMATCH);
      assertThat(impostor.decision().evidence().bestFaceScore())
          .hasValueSatisfying(s -> assertThat(s).isLessThan(0.5));
    }
  }
}
