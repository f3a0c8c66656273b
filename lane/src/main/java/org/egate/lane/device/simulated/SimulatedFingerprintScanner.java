package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.FingerImpression;
import org.egate.lane.device.FingerprintScanner;
import org.egate.lane.time.LaneTime;

/** A 500 dpi single-finger scanner; the visitor inside the lane places a finger when asked. */
public final class SimulatedFingerprintScanner extends SimulatedDevice implements FingerprintScanner {

  /** Resolution of the simulated scanner (FBI/ISO standard optical scanners are 500 dpi). */
  static final int DPI = 500;

  private final Scene scene;
  private final GroundTruth truth;
  private final ImageFiles files = new ImageFiles();
  private int taken;

  public SimulatedFingerprintScanner(Scene scene, GroundTruth truth, DeviceProfile profile, LaneTime time,
      RandomGenerator random) {
    super(DeviceKind.FINGERPRINT_SCANNER, profile, time, random);
    this.scene = scene;
    this.truth = truth;
  }

  @Override
  public Optional<FingerImpression> scan(Duration timeout) throws DeviceFault {
    Visitor visitor = scene.visitor().orElse(null);
    if (visitor == null || !scene.inside()) {
      time.sleep(timeout);
      return Optional.empty();
    }
    operate("scan finger");
    long id = truth.nextId();
    truth.recordImpression(id, new GroundTruth.ImpressionTruth(visitor.biometricId(), visitor.fingersReadable()));
    int index = taken++;
    return Optional.of(new FingerImpression(id, files.pick(visitor.fingerImages(), index), DPI,
        files.name(visitor.fingerImages(), index), time.now()));
  }
}
