/**
 * The source's timeline as data. Root type {@link org.egate.border.timeline.Milestone}.
 *
 * <p>Invariant: a milestone's date is the first Asia/Taipei calendar day on which it holds; the day before, it
 * does not.
 */
package org.egate.border.timeline;
