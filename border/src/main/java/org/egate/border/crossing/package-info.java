/**
 * Crossings: the entry and exit records the gates produce. Root type {@code Crossing}; port {@code CrossingRepository}.
 *
 * <p>Invariant: one crossing per {@link org.egate.border.crossing.IdempotencyKey}; a retried record returns the
 * stored one and never creates a second.
 */
package org.egate.border.crossing;
