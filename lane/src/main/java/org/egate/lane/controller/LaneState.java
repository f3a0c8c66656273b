package org.egate.lane.controller;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a two-door lane is in serving one traveler (DESIGN.md, "Clearance, as data flows through
 * it"). Each state says which may follow it.
 */
public enum LaneState {
  /** Waiting for a document on the reader; both doors closed. */
  IDLE,
  /** Reading the document. */
  DOCUMENT,
  /** Asking the server whether this holder may use this lane now. */
  AUTHORIZATION,
  /** Entry door open; the traveler walks in; occupancy is checked. */
  ENTRY,
  /** Both doors closed; face capture with quality feedback. */
  CAPTURE,
  /** 1:1 face comparison, and fingerprint when the face fails or is unusable. */
  MATCH,
  /** The decision is made and journaled. */
  DECISION,
  /** Exit door open: the traveler leaves on the far side. */
  EXIT,
  /** Entry door reopens: the traveler goes back and to a counter. */
  RETURN,
  /** Not serving: not yet open, closed by an administrator, or a device fault. */
  OUT_OF_SERVICE;

  static {
    IDLE.next = EnumSet.of(DOCUMENT, OUT_OF_SERVICE);
    DOCUMENT.next = EnumSet.of(AUTHORIZATION, DECISION, OUT_OF_SERVICE);
    AUTHORIZATION.next = EnumSet.of(ENTRY, DECISION);
    ENTRY.next = EnumSet.of(CAPTURE, DECISION);
    CAPTURE.next = EnumSet.of(MATCH, DECISION);
    MATCH.next = EnumSet.of(DECISION);
    DECISION.next = EnumSet.of(EXIT, RETURN);
    EXIT.next = EnumSet.of(IDLE, OUT_OF_SERVICE);
    RETURN.next = EnumSet.of(IDLE, OUT_OF_SERVICE);
    OUT_OF_SERVICE.next = EnumSet.of(IDLE);
  }

  private Set<LaneState> next;

  public boolean canMoveTo(LaneState target) {
    return next.contains(target);
  }

  /** States in which a traveler may stand between the doors. */
  public boolean mayHaveTravelerInside() {
    return this == ENTRY || this == CAPTURE || this == MATCH || this == DECISION || this == EXIT || this == RETURN;
  }
}
