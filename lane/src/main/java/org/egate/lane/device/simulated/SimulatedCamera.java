package org.egate.lane.device.simulated;

import java.util.random.RandomGenerator;
import org.egate.lane.device.Camera;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.Frame;
import org.egate.lane.time.LaneTime;

/**
 * The capture-zone camera: frames come from the visitor's image files (cycled), and what was
 * really in front of the lens goes to the {@link GroundTruth}.
 */
public final class SimulatedCamera extends SimulatedDevice implements Camera {

  private final Scene scene;
  private final GroundTruth truth;
  private final ImageFiles files = new ImageFiles();
  private int taken;

  public SimulatedCamera(Scene scene, GroundTruth truth, DeviceProfile profile, LaneTime time,
      RandomGenerator random) {
    super(DeviceKind.CAMERA, profile, time, random);
    this.scene = scene;
    this.truth = truth;
  }

  @Override
  public Frame capture() throws DeviceFault {
    operate("capture frame");
    long id = truth.nextId();
    Visitor visitor = scene.visitor().orElse(null);
    if (visitor == null || !scene.inside()) {
      truth.recordFrame(id, new GroundTruth.FrameTruth("nobody", 0, java.util.Set.of(), false, false));
      return new Frame(id, new byte[0], "empty lane", time.now());
    }
    int faces = 1 + visitor.companions();
    truth.recordFrame(id, new GroundTruth.FrameTruth(visitor.biometricId(), faces, scene.worn(),
        scene.nextFrameLooksAway(), visitor.faceRecognizable()));
    int index = taken++;
    return new Frame(id, files.pick(visitor.faceImages(), index), files.name(visitor.faceImages(), index),
        time.now());
  }
}
