package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.FaultKind;
import org.egate.lane.time.LaneTime;

/**
 * What every simulated device shares: it takes its latency on the lane's time, times out, fails
 * at random by its profile, and can be told by a test to fail next or to disconnect.
 */
public abstract class SimulatedDevice {

  /** How long a disconnected device takes to report that it is gone (a USB/serial error). */
  static final Duration DISCONNECT_DETECTION = Duration.ofMillis(50);

  private final DeviceKind kind;
  private final DeviceProfile profile;
  final LaneTime time;
  final RandomGenerator random;
  private final Deque<FaultKind> injected = new ArrayDeque<>();
  private boolean connected = true;

  SimulatedDevice(DeviceKind kind, DeviceProfile profile, LaneTime time, RandomGenerator random) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.time = Objects.requireNonNull(time, "time");
    this.random = Objects.requireNonNull(random, "random");
  }

  public DeviceKind kind() {
    return kind;
  }

  /** The next operation fails with {@code fault} (queued in order; for tests and scenarios). */
  public void failNext(FaultKind fault) {
    injected.addLast(Objects.requireNonNull(fault, "fault"));
  }

  /** Pulls the plug: every operation fails with {@link FaultKind#DISCONNECTED} until reconnected. */
  public void disconnect() {
    connected = false;
  }

  public void reconnect() {
    connected = true;
  }

  public boolean isConnected() {
    return connected;
  }

  /**
   * Takes one operation's time and throws if the operation fails. Returns the time taken.
   * Subclasses call this first, then produce their result.
   */
  Duration operate(String operation) throws DeviceFault {
    return operate(operation, profile.latency().sample(random));
  }

  /** Like {@link #operate(String)} with a latency decided by the caller (e.g. a traveler's walk). */
  Duration operate(String operation, Duration latency) throws DeviceFault {
    time.sleep(begin(operation, latency));
    return latency;
  }

  /**
   * Like {@link #operate(String)} but for an operation that goes on while the caller does other
   * things: a fault is reported now (after its detection time), otherwise the latency is returned
   * without waiting for it.
   */
  Duration begin(String operation) throws DeviceFault {
    return begin(operation, profile.latency().sample(random));
  }

  private Duration begin(String operation, Duration latency) throws DeviceFault {
    FaultKind fault = injected.pollFirst();
    if (fault == null && connected && random.nextDouble() < profile.disconnectRate()) {
      connected = false;
    }
    if (!connected) {
      fault = FaultKind.DISCONNECTED;
    }
    if (fault == null && random.nextDouble() < profile.faultRate()) {
      fault = FaultKind.HARDWARE_ERROR;
    }
    if (fault == null && latency.compareTo(profile.timeout()) > 0) {
      fault = FaultKind.TIMEOUT;
    }
    if (fault != null) {
      Duration waited =
          switch (fault) {
            case DISCONNECTED -> DISCONNECT_DETECTION;
            case TIMEOUT -> profile.timeout();
            case HARDWARE_ERROR -> min(latency, profile.timeout());
          };
      time.sleep(waited);
      throw new DeviceFault(kind, fault, waited, operation);
    }
    return latency;
  }

  Duration timeout() {
    return profile.timeout();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
