package org.egate.document.catalog;

/** What a document is presented for. */
public enum DocumentUse {
  /** Presented at the gate's document reader to cross (and at enrollment). */
  TRAVEL,
  /** A secondary government photo ID shown only at enrollment (DESIGN.md: nationals). */
  ENROLLMENT_ID
}
