package org.egate.lane.device.simulated;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.OccupancySensor;
import org.egate.lane.time.LaneTime;

/**
 * People counter, trolley detector and height line. Waiting for someone to enter or leave takes
 * the visitor's walk through the door that just opened ({@link Walking}: from the start of the
 * leaves' motion, but never through leaves still moving); reading takes the sensor's own latency.
 */
public final class SimulatedOccupancySensor extends SimulatedDevice implements OccupancySensor {

  private final Scene scene;
  private final Walking walking;

  public SimulatedOccupancySensor(Scene scene, DeviceProfile profile, Walking walking, LaneTime time,
      RandomGenerator random) {
    super(DeviceKind.OCCUPANCY_SENSOR, profile, time, random);
    this.scene = scene;
    this.walking = Objects.requireNonNull(walking, "walking");
  }

  @Override
  public Occupancy read() throws DeviceFault {
    operate("read");
    return scene.occupancy();
  }

  @Override
  public Occupancy awaitEntered(Duration timeout) throws DeviceFault {
    boolean someoneComing = scene.entryOpen() && scene.position().orElse(null) == Scene.Position.AT_READER;
    Duration walk = walkThrough(true);
    if (!someoneComing || walk.compareTo(timeout) > 0) {
      time.sleep(timeout);
      return read();
    }
    time.sleep(walk);
    scene.walkIn();
    return read();
  }

  @Override
  public boolean awaitCleared(Duration timeout) throws DeviceFault {
    if (scene.inside() && (scene.entryOpen() || scene.exitOpen())) {
      Duration walk = walkThrough(!scene.exitOpen());
      if (walk.compareTo(timeout) <= 0) {
        time.sleep(walk);
        scene.walkOut();
        return read().isEmpty();
      }
    }
    time.sleep(timeout);
    return read().isEmpty();
  }

  /** How long from now until the traveler is through the door that just opened (decision 0161). */
  private Duration walkThrough(boolean entryDoor) {
    Instant now = time.now();
    Scene.Opening motion = scene.takeOpening(entryDoor).orElse(new Scene.Opening(now, now));
    Instant arrival = walking.arrival(motion.started(), motion.open(), random);
    return arrival.isAfter(now) ? Duration.between(now, arrival) : Duration.ZERO;
  }
}
