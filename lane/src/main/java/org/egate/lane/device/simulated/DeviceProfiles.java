package org.egate.lane.device.simulated;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How each simulated device of a lane behaves. {@link #TYPICAL} holds the figures stated with
 * their sources in docs/DEVICES.md; {@link #withFaults} adds the fault rates the demo uses.
 *
 * @param walking a traveler walking into or out of the zone between the doors (not a device, but
 *     the occupancy sensor waits for it)
 */
public record DeviceProfiles(DeviceProfile reader, DeviceProfile camera, DeviceProfile scanner, DeviceProfile door,
    DeviceProfile occupancy, Walking walking) {

  /** BSI TR-03121 limits and stated assumptions (docs/DEVICES.md), without faults. */
  public static final DeviceProfiles TYPICAL = new DeviceProfiles(
      // MRZ read: full-page OCR reader; BSI TR-03121 requires < 5 s.
      DeviceProfile.reliable(Latency.logNormal(ms(1200), ms(2500)), Duration.ofSeconds(5)),
      // One frame including exposure and transfer; the capture loop (<= 7 s) takes several.
      DeviceProfile.reliable(Latency.logNormal(ms(250), ms(500)), Duration.ofSeconds(1)),
      // Placing a finger and a 500 dpi capture.
      DeviceProfile.reliable(Latency.logNormal(ms(1000), ms(2000)), Duration.ofSeconds(5)),
      // Motorized swing door leaf pair, open or close.
      DeviceProfile.reliable(Latency.logNormal(ms(900), ms(1300)), Duration.ofSeconds(3)),
      // Time-of-flight people counter at 10 Hz: one settled reading.
      DeviceProfile.reliable(Latency.fixed(ms(100)), Duration.ofSeconds(1)),
      // One half of the lane (a door to the capture point, about 1.3 m) at a hesitant pace, with a
      // pause at the door (decision 0132; was 2 m each way, i.e. a 4 m lane). The traveler steps off
      // as the leaves start to move but is through an open door no sooner than 1.3 m at a brisk
      // 1.4 m/s after it is fully open (decision 0161).
      new Walking(Latency.logNormal(ms(1400), ms(2500)), ms(930), true));

  public DeviceProfiles {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(camera, "camera");
    Objects.requireNonNull(scanner, "scanner");
    Objects.requireNonNull(door, "door");
    Objects.requireNonNull(occupancy, "occupancy");
    Objects.requireNonNull(walking, "walking");
  }

  /** Each device's figures in a few words, in a fixed order: what a run states it assumed. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("reader", reader.describe());
    out.put("camera", camera.describe());
    out.put("scanner", scanner.describe());
    out.put("door", door.describe());
    out.put("occupancy", occupancy.describe());
    out.put("walking", walking.describe());
    return out;
  }

  /** Every device fails an operation with {@code faultRate} and disconnects with {@code disconnectRate}. */
  public DeviceProfiles withFaults(double faultRate, double disconnectRate) {
    return new DeviceProfiles(reader.withFaults(faultRate, disconnectRate), camera.withFaults(faultRate, disconnectRate),
        scanner.withFaults(faultRate, disconnectRate), door.withFaults(faultRate, disconnectRate),
        occupancy.withFaults(faultRate, disconnectRate), walking);
  }

  /** The same devices, the traveler standing until each door is fully open (the model before decision 0161). */
  public DeviceProfiles standingUntilDoorsOpen() {
    return new DeviceProfiles(reader, camera, scanner, door, occupancy, walking.standingUntilOpen());
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
