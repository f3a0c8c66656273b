package org.egate.document.catalog;

/** The direction of a border crossing. */
public enum Direction {
  /** Arrival into the territory (入國/入境). */
  ENTRY,
  /** Departure from the territory (出國/出境). */
  EXIT
}
