package org.egate.lane.device.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.Frame;
import org.egate.lane.device.MrzText;
import org.egate.lane.time.SimulatedTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedCameraTest {

  @TempDir Path dir;

  @Test
  void framesCarryTheVisitorsImageFilesInTurnAndTheirCaptureTime() throws Exception {
    Path first = Files.write(dir.resolve("live-1.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
    Path second = Files.write(dir.resolve("live-2.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 2});
    SimulatedTime time = new SimulatedTime(Instant.parse("2026-11-27T01:00:00Z"));
    Scene scene = new Scene();
    GroundTruth truth = new GroundTruth();
    SimulatedCamera camera = new SimulatedCamera(scene, truth,
        DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(250)), Duration.ofSeconds(1)), time,
        new SplittableRandom(1));
    scene.arrive(Visitor.with("lin", MrzText.of("P<TWNLIN<<A", "300000001")).faceImages(List.of(first, second))
        .wearing(Accessory.HAT).build());

    // At the reader the camera sees the visitor through the entry door's glass (decision 0160).
    Frame atReader = camera.capture();
    assertThat(atReader.image()).isEqualTo(Files.readAllBytes(first));
    assertThat(truth.frame(atReader.id()).faces()).isEqualTo(1);

    scene.walkIn();
    Frame a = camera.capture();
    Frame b = camera.capture();
    Frame c = camera.capture();
    assertThat(a.image()).isEqualTo(Files.readAllBytes(second));
    assertThat(b.image()).isEqualTo(Files.readAllBytes(first));
    assertThat(c.source()).isEqualTo(second.toString());
    assertThat(c.capturedAt()).isEqualTo(Instant.parse("2026-11-27T01:00:01Z"));
    assertThat(truth.frame(a.id()).worn()).containsExactly(Accessory.HAT);

    scene.walkOut(); // gone through the entry door: nobody in front of the lens
    Frame gone = camera.capture();
    assertThat(gone.image()).isEmpty();
    assertThat(truth.frame(gone.id()).faces()).isZero();
  }

  @Test
  void aCameraWithoutImageFilesStillGivesFramesForTheSimulatedMatcher() throws DeviceFault {
    SimulatedTime time = new SimulatedTime(Instant.parse("2026-11-27T01:00:00Z"));
    Scene scene = new Scene();
    GroundTruth truth = new GroundTruth();
    SimulatedCamera camera = new SimulatedCamera(scene, truth,
        DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(250)), Duration.ofSeconds(1)), time,
        new SplittableRandom(1));
    scene.arrive(Visitor.with("lin", MrzText.of("P<TWNLIN<<A", "300000001")).build());
    scene.walkIn();
    assertThat(camera.capture().source()).isEqualTo("synthetic");
  }
}
