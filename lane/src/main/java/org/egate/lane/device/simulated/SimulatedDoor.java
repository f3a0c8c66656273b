package org.egate.lane.device.simulated;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.Door;
import org.egate.lane.time.LaneTime;

/** A motorized door leaf pair; a jammed door (fault) stays where it was. */
public final class SimulatedDoor extends SimulatedDevice implements Door {

  private final Scene scene;
  private final boolean entry;
  private boolean open;
  /** When a closing begun by {@link #startClosing()} ends; null when none is under way. */
  private Instant closedAt;
  /** When an opening begun by {@link #startOpening()} ends; null when none is under way. */
  private Instant openAt;

  private SimulatedDoor(DeviceKind kind, Scene scene, DeviceProfile profile, LaneTime time, RandomGenerator random) {
    super(kind, profile, time, random);
    this.scene = scene;
    this.entry = kind == DeviceKind.ENTRY_DOOR;
  }

  public static SimulatedDoor entry(Scene scene, DeviceProfile profile, LaneTime time, RandomGenerator random) {
    return new SimulatedDoor(DeviceKind.ENTRY_DOOR, scene, profile, time, random);
  }

  public static SimulatedDoor exit(Scene scene, DeviceProfile profile, LaneTime time, RandomGenerator random) {
    return new SimulatedDoor(DeviceKind.EXIT_DOOR, scene, profile, time, random);
  }

  @Override
  public void open() throws DeviceFault {
    if (open) {
      return;
    }
    awaitClosed();
    Instant start = time.now();
    operate("open");
    open = true;
    scene.doorOpening(entry, start, time.now());
    scene.doorMoved(entry, true);
  }

  @Override
  public void close() throws DeviceFault {
    awaitOpen();
    if (!open) {
      awaitClosed();
      return;
    }
    operate("close");
    open = false;
    scene.doorMoved(entry, false);
  }

  /** The leaves are driven shut; for the scene the door is closed at once (nobody passes a closing door). */
  @Override
  public void startClosing() throws DeviceFault {
    awaitOpen();
    if (!open) {
      return;
    }
    Duration motion = begin("close");
    closedAt = time.now().plus(motion);
    open = false;
    scene.doorMoved(entry, false);
  }

  /** The leaves are driven open; for the scene the door is open once the motion has ended ({@link #awaitOpen()}). */
  @Override
  public void startOpening() throws DeviceFault {
    if (open) {
      return;
    }
    awaitClosed();
    Duration motion = begin("open");
    openAt = time.now().plus(motion);
    open = true;
    scene.doorOpening(entry, time.now(), openAt);
  }

  @Override
  public void awaitOpen() {
    if (openAt == null) {
      return;
    }
    if (time.now().isBefore(openAt)) {
      time.sleep(Duration.between(time.now(), openAt));
    }
    openAt = null;
    scene.doorMoved(entry, true);
  }

  @Override
  public void awaitClosed() {
    if (closedAt != null && time.now().isBefore(closedAt)) {
      time.sleep(Duration.between(time.now(), closedAt));
    }
    closedAt = null;
  }

  @Override
  public boolean isOpen() {
    return open;
  }
}
