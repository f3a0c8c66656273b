package org.egate.simulator.capacity;

import java.util.Optional;

/**
 * The answer for one hall: its offered load and, when it is stable, what the replications
 * measured. An unstable hall (offered load >= lanes) has no measurements: its waits grow with the
 * length of the run, so any number would describe the run, not the hall.
 */
public record CapacityReport(GateHall hall, CapacityParameters parameters, long seed, Optional<Measured> measured) {
  public boolean stable() {
    return measured.isPresent();
  }
}
