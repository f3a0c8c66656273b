package org.egate.lane.device;

/** The devices of one lane, as named in faults, alerts and docs/DEVICES.md. */
public enum DeviceKind {
  DOCUMENT_READER,
  CAMERA,
  FINGERPRINT_SCANNER,
  ENTRY_DOOR,
  EXIT_DOOR,
  OCCUPANCY_SENSOR,
  DISPLAY,
  OFFICER_CALL
}
