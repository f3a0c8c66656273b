package org.egate.lane.device;

import java.time.Duration;
import java.util.Objects;

/**
 * A device could not do what the lane asked. Checked, so the controller must decide at every call
 * what a fault means for the traveler in the lane (STYLE.md habit 9: faults of hardware are
 * expected; the flow turns them into a decision with a reason code).
 */
public final class DeviceFault extends Exception {

  private final DeviceKind device;
  private final FaultKind kind;
  private final Duration elapsed;

  public DeviceFault(DeviceKind device, FaultKind kind, Duration elapsed, String detail) {
    super(device + " " + kind + " after " + elapsed.toMillis() + " ms: " + detail);
    this.device = Objects.requireNonNull(device, "device");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
  }

  public DeviceKind device() {
    return device;
  }

  public FaultKind kind() {
    return kind;
  }

  /** How long the lane waited before the fault showed. */
  public Duration elapsed() {
    return elapsed;
  }
}
