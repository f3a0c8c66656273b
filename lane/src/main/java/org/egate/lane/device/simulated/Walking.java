package org.egate.lane.device.simulated;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a traveler moves through the lane: not a device, but the occupancy sensor waits for it.
 *
 * @param halfLane walking one half of the lane: a door to the capture point, or the capture point
 *     through a door, including the pause at the door
 * @param pastOpenDoor the least time from a door being fully open until the traveler is through it
 *     and at the capture point (entry), or out of the zone (exit): nobody passes leaves still moving
 * @param withTheDoor whether the traveler steps off as the leaves start to move (decision 0161), or
 *     stands until the door is fully open (the model of decisions 0061 and 0132)
 */
public record Walking(Latency halfLane, Duration pastOpenDoor, boolean withTheDoor) {

  public Walking {
    Objects.requireNonNull(halfLane, "halfLane");
    if (pastOpenDoor.isNegative()) {
      throw new IllegalArgumentException("pastOpenDoor cannot be negative but was " + pastOpenDoor);
    }
  }

  /** The same walk, the traveler standing until the door is fully open: for comparisons. */
  public Walking standingUntilOpen() {
    return new Walking(halfLane, pastOpenDoor, false);
  }

  /** The walking model in a few words, for a run's statement of its assumptions. */
  public String describe() {
    return "half lane " + halfLane.describe() + (withTheDoor
        ? "; steps off with the door's leaves, through an open door no sooner than " + pastOpenDoor.toMillis() + " ms"
        : "; stands until each door is fully open");
  }

  /**
   * When a traveler who walks one half of the lane through a door arrives.
   *
   * @param doorStarted when the door began to open
   * @param doorOpen when it was fully open
   */
  Instant arrival(Instant doorStarted, Instant doorOpen, RandomGenerator random) {
    Duration walk = halfLane.sample(random);
    if (!withTheDoor) {
      return doorOpen.plus(walk);
    }
    Instant walked = doorStarted.plus(walk);
    Instant throughTheDoor = doorOpen.plus(pastOpenDoor);
    return walked.isAfter(throughTheDoor) ? walked : throughTheDoor;
  }
}
