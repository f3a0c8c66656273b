package org.egate.lane.device;

/**
 * What the occupancy sensors see in the zone between the doors: how many people, whether a
 * trolley (or large luggage) is there, and whether someone is below the height line (a child, or a
 * person shorter than the enrollment minimum).
 */
public record Occupancy(int people, boolean trolley, boolean shortPerson) {

  public static final Occupancy EMPTY = new Occupancy(0, false, false);

  public Occupancy {
    if (people < 0) {
      throw new IllegalArgumentException("people in the lane cannot be negative but was " + people);
    }
  }

  public boolean isEmpty() {
    return people == 0 && !trolley;
  }

  /**
   * The rule at the gate (DESIGN.md, "At the gate"): one person per lane, no trolley in the
   * capture zone, no children carried along.
   */
  public boolean isExactlyOneAdult() {
    return people == 1 && !trolley && !shortPerson;
  }
}
