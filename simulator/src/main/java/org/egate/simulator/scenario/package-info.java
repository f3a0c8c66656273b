/**
 * The scenario library: one scenario per rule of the source, each stating its traveler, lane,
 * moment, the state of the system and the expected reason code. Root types {@link
 * org.egate.simulator.scenario.Scenario}, {@link org.egate.simulator.scenario.ScenarioLibrary}
 * and {@link org.egate.simulator.scenario.ScenarioRunner} (drives one scenario through a
 * simulated lane against a {@link org.egate.simulator.scenario.ScenarioBackend}).
 *
 * <p>Invariants: a scenario's expected outcome is its reason code's outcome; a traveler who is
 * enrolled names the day they enrolled; every run of a scenario with the same seed gives the same
 * transaction.
 */
package org.egate.simulator.scenario;
