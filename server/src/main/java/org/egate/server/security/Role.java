package org.egate.server.security;

/** Officer roles (DESIGN.md, "Who uses it") and the lane's machine role. */
public enum Role {
  /** Counter officer: enrollment, stamp requests. */
  OFFICER,
  /** Referrals, overrides, exit bans and revocations, live view. */
  SUPERVISOR,
  /** Sites, lanes, officer accounts, keys. */
  ADMIN,
  /** Reads the audit log and statistics; never personal records. */
  AUDITOR,
  /** A lane controller, authenticated by its signature. */
  LANE;

  public String authority() {
    return "ROLE_" + name();
  }
}
