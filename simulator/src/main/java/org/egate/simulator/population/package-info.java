/**
 * Seeded populations of travelers for the lanes and the scenario library. Root types {@link
 * org.egate.simulator.population.PopulationGenerator}, {@link org.egate.simulator.population.SimulatedTraveler}
 * and {@link org.egate.simulator.population.PopulationParameters} (every share, with its reason).
 *
 * <p>Invariants: the same parameters, reference day and seed give the same population; every
 * generated document carries an MRZ that the document module's reader accepts (check digits
 * right); holder ID numbers pass their uniform-ID check; travelers under the enrollment age or
 * height are never enrolled.
 */
package org.egate.simulator.population;
