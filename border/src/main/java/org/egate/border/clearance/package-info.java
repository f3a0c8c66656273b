/**
 * Clearance decisions at the gate. Root type {@link org.egate.border.clearance.ClearanceDecision}.
 *
 * <p>Invariant: a decision is derived from the {@link org.egate.border.clearance.CheckResult}s that ran, never set
 * by hand; it always names one {@code ReasonCode}, and keeps every score, threshold and step timing.
 */
package org.egate.border.clearance;
