package org.egate.document.catalog;

/** Why a document type may not be used to cross at a port in a direction. */
public enum UsageRefusal {
  /** The document is an enrollment ID, not a travel document. */
  NOT_A_TRAVEL_DOCUMENT,
  /** The document is not valid at that port (e.g. the Kinmen–Matsu permit outside Shuitou). */
  PORT_NOT_ALLOWED,
  /** The document is not valid in that direction. */
  DIRECTION_NOT_ALLOWED
}
