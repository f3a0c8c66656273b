package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.Objects;

/**
 * How one simulated device behaves: its latency, the time after which the lane gives up on it,
 * the chance that an operation fails (the next may work), and the chance that it disconnects
 * (until {@link SimulatedDevice#reconnect()}).
 */
public record DeviceProfile(Latency latency, Duration timeout, double faultRate, double disconnectRate) {

  public DeviceProfile {
    Objects.requireNonNull(latency, "latency");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    checkRate("faultRate", faultRate);
    checkRate("disconnectRate", disconnectRate);
  }

  /** A fault-free device with this latency and timeout. */
  public static DeviceProfile reliable(Latency latency, Duration timeout) {
    return new DeviceProfile(latency, timeout, 0, 0);
  }

  public DeviceProfile withFaults(double faultRate, double disconnectRate) {
    return new DeviceProfile(latency, timeout, faultRate, disconnectRate);
  }

  public DeviceProfile withLatency(Latency latency) {
    return new DeviceProfile(latency, timeout, faultRate, disconnectRate);
  }

  /** The latency, timeout and fault rates in a few words, for a run's statement of its assumptions. */
  public String describe() {
    return latency.describe() + ", timeout " + timeout.toMillis() + " ms"
        + (faultRate > 0 || disconnectRate > 0 ? ", faults " + faultRate + ", disconnects " + disconnectRate : "");
  }

  private static void checkRate(String name, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(name + " must be a fraction in [0, 1] but was " + rate);
    }
  }
}
