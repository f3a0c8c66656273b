package org.egate.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egate.server.api.BufferedRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates lane requests ({@code /api/lanes/{laneId}/authorizations|crossings}) by their
 * HMAC signature ({@link LaneSignature}); refuses expired or replayed requests and a lane that
 * names another lane in the path (LANE_NOT_SELF).
 */
final class LaneAuthenticationFilter extends OncePerRequestFilter {
  static final Pattern LANE_PATH = Pattern.compile("^/api/lanes/([^/]+)/(authorizations|crossings)(/.*)?$");

  private final LaneAuthenticator authenticator;

  LaneAuthenticationFilter(LaneAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !LANE_PATH.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher m = LANE_PATH.matcher(request.getRequestURI());
    m.matches();
    Optional<Authentication> auth = authenticator.authenticate(request, BufferedRequest.bodyOf(request), m.group(1), response);
    if (auth.isEmpty()) {
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth.get());
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
