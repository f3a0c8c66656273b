package org.egate.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.egate.server.api.ProtocolReason;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a login attempt (HTTP Basic or the console form) for a user name the throttle has blocked. */
final class LoginThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;
  private final ProblemWriter problems;

  LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = attemptedUser(request);
    if (user != null && throttle.blocked(user)) {
      if (isConsoleForm(request)) {
        // a browser gets the login page saying so, not a JSON problem
        response.sendRedirect(request.getContextPath() + "/login?blocked");
        return;
      }
      problems.write(response, ProtocolReason.LOGIN_RATE_LIMITED,
          "too many failed logins for this account; wait " + LoginThrottle.WINDOW.toMinutes() + " minutes",
          request.getRequestURI());
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isConsoleForm(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "/login".equals(request.getRequestURI()) && accept != null && accept.contains("text/html");
  }

  private static String attemptedUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI())) {
      return request.getParameter("username");
    }
    return null;
  }
}
