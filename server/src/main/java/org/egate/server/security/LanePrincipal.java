package org.egate.server.security;

import java.security.Principal;

/** The authenticated lane; the audit log names it {@code lane:<id>}. */
public record LanePrincipal(String laneId) implements Principal {
  @Override
  public String getName() {
    return "lane:" + laneId;
  }
}
