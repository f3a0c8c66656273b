/**
 * Capacity planning for a gate hall: a discrete-event model of one FIFO queue feeding M lanes.
 * Root types {@link org.egate.simulator.capacity.CapacityModel} (runs replications, searches the
 * lane count) and {@link org.egate.simulator.capacity.CapacityReport}.
 *
 * <p>Invariants: every run is seeded (same seed, same report); a hall whose offered load is at
 * or above its lane count is reported unstable and never simulated; waits are measured only for
 * travelers arriving after the warm-up, and every traveler arriving in the measured window gets
 * a wait (the run drains the queue after the last arrival). {@link org.egate.simulator.capacity.ErlangC}
 * gives the closed-form M/M/c reference the model is validated against (docs/CAPACITY.md).
 */
package org.egate.simulator.capacity;
