package org.egate.lane.biometric;

/** The two fingers enrolled for the gate (DESIGN.md: "both index fingerprints"). */
public enum IndexFinger {
  LEFT_INDEX,
  RIGHT_INDEX
}
