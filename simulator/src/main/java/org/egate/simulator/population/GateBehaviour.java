package org.egate.simulator.population;

import java.util.Objects;
import java.util.Set;
import org.egate.lane.device.simulated.Accessory;

/**
 * How a traveler behaves at the gate, for the rules of DESIGN.md "At the gate" (no sunglasses,
 * hat or mask; no trolley; one person; no children carried along) and for the biometric checks.
 *
 * @param worn forbidden accessories worn on arrival
 * @param ignoresPrompts keeps them on (and the trolley in) when the display asks
 * @param companions people who follow into the lane (tailgating)
 * @param hiddenCompanion the one companion is so close the people counter sees one body
 * @param faceRecognizable false: genuine, but the face no longer matches the enrollment (fingerprint must rescue)
 * @param fingersReadable false: worn or dry fingers, the scanner gets no usable impression
 * @param impostor presents someone else's document (face and fingers are not the holder's)
 */
public record GateBehaviour(
    Set<Accessory> worn,
    boolean ignoresPrompts,
    int companions,
    boolean hiddenCompanion,
    boolean trolley,
    boolean child,
    boolean faceRecognizable,
    boolean fingersReadable,
    boolean impostor) {

  /** Nothing forbidden, cooperative, recognizable. */
  public static final GateBehaviour COOPERATIVE = new GateBehaviour(Set.of(), false, 0, false, false, false, true, true, false);

  public GateBehaviour {
    worn = Set.copyOf(Objects.requireNonNull(worn, "worn"));
    if (companions < 0) {
      throw new IllegalArgumentException("companions cannot be negative but was " + companions);
    }
    if (hiddenCompanion && companions != 1) {
      throw new IllegalArgumentException("a hidden companion is exactly one companion, not " + companions);
    }
  }

  /** Whether this behaviour breaks a gate rule at all (what a scenario expects to see refused or prompted). */
  public boolean ordinary() {
    return equals(COOPERATIVE);
  }
}
