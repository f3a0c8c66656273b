/**
 * Reason codes: the vocabulary of every decision egate makes. Root type {@link org.egate.border.reason.ReasonCode}.
 *
 * <p>Invariants: every code carries an {@link org.egate.border.reason.Outcome} and a message in both zh-TW and
 * English (kept complete by {@code ReasonCodeTest}); codes are stable identifiers (stored, sent over HTTP, counted
 * in metrics), so they are only ever added, never renamed.
 */
package org.egate.border.reason;
