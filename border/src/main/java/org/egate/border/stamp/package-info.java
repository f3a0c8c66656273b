/**
 * Stamp requests (補蓋章戳): after an automated crossing a traveler may ask a counter, on the same day, for the
 * entry/exit stamp in the passport. Root type {@code StampRequest}.
 *
 * <p>Invariant: a request is granted only on the Asia/Taipei calendar day of the crossing, once per crossing.
 */
package org.egate.border.stamp;
