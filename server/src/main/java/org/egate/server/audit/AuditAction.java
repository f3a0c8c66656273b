package org.egate.server.audit;

/** What an audit entry records. */
public enum AuditAction {
  /** An officer read a traveler's personal data. */
  PERSONAL_DATA_READ,
  ENROLLMENT_CREATED,
  ENROLLMENT_REFERRED,
  ENROLLMENT_STATUS_CHANGED,
  REFERRAL_RESOLVED,
  /** The server answered a lane's "may this holder use this lane now?". */
  LANE_AUTHORIZATION,
  /** A lane reported a gate decision (crossing record). */
  CROSSING_RECORDED,
  STAMP_REQUEST,
  EXIT_BAN_IMPOSED,
  EXIT_BAN_LIFTED,
  DOCUMENT_REVOKED,
  LANE_CREATED,
  OFFICER_CREATED,
  KEYS_ROTATED,
  /** A supervisor decided against the system's answer. */
  OVERRIDE
}
