/**
 * The gate lane controller. Start at {@link org.egate.lane.clearance.ClearanceFlow} (one traveler
 * through a two-door lane), built on {@link org.egate.lane.controller.LaneStateMachine} (the
 * explicit states and their timestamped events), the device ports in {@code
 * org.egate.lane.device}, the authorization port in {@code org.egate.lane.authorization}, the
 * matcher ports in {@code org.egate.lane.biometric} and the store-and-forward journal in {@code
 * org.egate.lane.journal}. {@link org.egate.lane.TransactionId} names one traveler's attempt.
 *
 * <p>The lane never reads SQL or speaks Spring (DESIGN.md); every rule it applies is asked of the
 * {@code border} domain or of the server through a port.
 */
package org.egate.lane;
