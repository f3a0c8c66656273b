package org.egate.simulator.capacity;

/** What is modelled: arrivals, the number of lanes, and how long a traveler occupies a lane. */
public record GateHall(Arrivals arrivals, int lanes, ServiceTimes serviceTimes) {
  public GateHall {
    if (arrivals == null || serviceTimes == null) {
      throw new IllegalArgumentException("a gate hall needs arrivals and service times");
    }
    if (lanes < 1) {
      throw new IllegalArgumentException("a gate hall needs at least 1 lane but was given " + lanes);
    }
  }

  /** Offered load in Erlangs: mean arrivals per second times mean service seconds. */
  public double offeredLoadErlangs() {
    return arrivals.meanPerHour() / 3600.0 * serviceTimes.meanSeconds();
  }

  /** Offered load per lane; at 1 or more the queue grows without bound. */
  public double offeredUtilization() {
    return offeredLoadErlangs() / lanes;
  }

  public boolean stable() {
    return offeredUtilization() < 1.0;
  }

  public GateHall withLanes(int m) {
    return new GateHall(arrivals, m, serviceTimes);
  }
}
