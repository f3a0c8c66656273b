package org.egate.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, as the audit log names them: an officer's user name or {@code lane:<id>}. */
public final class Actors {
  private Actors() {}

  public static String current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      return "system";
    }
    return auth.getPrincipal() instanceof LanePrincipal lane ? lane.getName() : auth.getName();
  }
}
