/**
 * Simulated lanes that run continuously against a server for {@code egate demo} (issue 5 item
 * 7): a small synthetic population enrolled through the server's API, cycled through one
 * departure and one arrival lane per site, on real time so a person can watch. Root type {@link
 * org.egate.simulator.demo.DemoLanes}; {@link org.egate.simulator.demo.DemoLaneParameters} holds
 * its numbers.
 *
 * <p>Invariants: every lane journals before its exit door opens and forwards to the server; a
 * stopped lane finishes (or abandons) its current traveler and leaves its journal consistent.
 */
package org.egate.simulator.demo;
