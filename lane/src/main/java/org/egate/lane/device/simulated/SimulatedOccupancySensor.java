package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.OccupancySensor;
import org.egate.lane.time.LaneTime;

/**
 * People counter, trolley detector and height line. Waiting for someone to enter or leave takes
 * the visitor's walking time (drawn from {@code walk}); reading takes the sensor's own latency.
 */
public final class SimulatedOccupancySensor extends SimulatedDevice implements OccupancySensor {

  private final Scene scene;
  private final Latency walk;

  public SimulatedOccupancySensor(Scene scene, DeviceProfile profile, Latency walk, LaneTime time,
      RandomGenerator random) {
    super(DeviceKind.OCCUPANCY_SENSOR, profile, time, random);
    this.scene = scene;
    this.walk = Objects.requireNonNull(walk, "walk");
  }

  @Override
  public Occupancy read() throws DeviceFault {
    operate("read");
    return scene.occupancy();
  }

  @Override
  public Occupancy awaitEntered(Duration timeout) throws DeviceFault {
    boolean someoneComing = scene.entryOpen() && scene.position().orElse(null) == Scene.Position.AT_READER;
    Duration walking = walk.sample(random);
    if (!someoneComing || walking.compareTo(timeout) > 0) {
      time.sleep(timeout);
      return read();
    }
    time.sleep(walking);
    scene.walkIn();
    return read();
  }

  @Override
  public boolean awaitCleared(Duration timeout) throws DeviceFault {
    if (scene.inside() && (scene.entryOpen() || scene.exitOpen())) {
      Duration walking = walk.sample(random);
      if (walking.compareTo(timeout) <= 0) {
        time.sleep(walking);
        scene.walkOut();
        return read().isEmpty();
      }
    }
    time.sleep(timeout);
    return read().isEmpty();
  }
}
