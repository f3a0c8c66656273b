/**
 * Simulated devices that behave like hardware: each takes a latency drawn from a seeded
 * distribution ({@link org.egate.lane.device.simulated.Latency}), may time out, fail or disconnect
 * ({@link org.egate.lane.device.simulated.DeviceProfile}), and observes one shared physical
 * {@link org.egate.lane.device.simulated.Scene}: who stands at the lane, what they wear, where the
 * doors are. The display feeds prompts back into the scene, so a traveler asked to remove
 * sunglasses does so (or not). The numbers and their sources are in docs/DEVICES.md and {@link
 * org.egate.lane.device.simulated.DeviceProfiles}.
 *
 * <p>Time passes only through {@link org.egate.lane.time.LaneTime}; with simulated time a run is
 * deterministic for a given seed.
 */
package org.egate.lane.device.simulated;
