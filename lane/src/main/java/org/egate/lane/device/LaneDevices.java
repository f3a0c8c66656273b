package org.egate.lane.device;

import java.util.Objects;

/** The devices of one lane, wired once at start-up. */
public record LaneDevices(DocumentReader reader, Camera camera, FingerprintScanner scanner, Door entryDoor,
    Door exitDoor, OccupancySensor occupancy, Display display, OfficerCall officerCall) {

  public LaneDevices {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(camera, "camera");
    Objects.requireNonNull(scanner, "scanner");
    Objects.requireNonNull(entryDoor, "entryDoor");
    Objects.requireNonNull(exitDoor, "exitDoor");
    Objects.requireNonNull(occupancy, "occupancy");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(officerCall, "officerCall");
  }
}
