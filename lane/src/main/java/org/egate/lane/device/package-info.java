/**
 * Device ports of a two-door (mantrap) lane: {@link org.egate.lane.device.DocumentReader},
 * {@link org.egate.lane.device.Camera}, {@link org.egate.lane.device.FingerprintScanner}, the
 * entry and exit {@link org.egate.lane.device.Door}s, the {@link
 * org.egate.lane.device.OccupancySensor}, the bilingual {@link org.egate.lane.device.Display} and
 * the {@link org.egate.lane.device.OfficerCall}. {@link org.egate.lane.device.LaneDevices} bundles
 * one lane's set.
 *
 * <p>Invariants: every blocking call returns within the timeout it is given or its profile states;
 * a device that cannot do its job throws a checked {@link org.egate.lane.device.DeviceFault}
 * naming the device, the kind of fault and how long the lane waited. What the traveler does (no
 * document, no finger) is a result, not a fault.
 */
package org.egate.lane.device;
