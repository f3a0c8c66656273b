package org.egate.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egate.server.api.BufferedRequest;
import org.egate.server.api.ProtocolReason;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates lane requests ({@code /api/lanes/{laneId}/authorizations|crossings}) by their
 * HMAC signature ({@link LaneSignature}); refuses expired or replayed requests and a lane that
 * names another lane in the path (LANE_NOT_SELF).
 */
final class LaneAuthenticationFilter extends OncePerRequestFilter {
  static final Pattern LANE_PATH = Pattern.compile("^/api/lanes/([^/]+)/(authorizations|crossings)(/.*)?$");

  private final LaneCredentials credentials;
  private final ReplayGuard replay;
  private final ProblemWriter problems;

  LaneAuthenticationFilter(LaneCredentials credentials, ReplayGuard replay, ProblemWriter problems) {
    this.credentials = credentials;
    this.replay = replay;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !LANE_PATH.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    Matcher m = LANE_PATH.matcher(path);
    m.matches();
    String pathLane = m.group(1);
    String laneId = request.getHeader(LaneSignature.LANE);
    String timestamp = request.getHeader(LaneSignature.TIMESTAMP);
    String nonce = request.getHeader(LaneSignature.NONCE);
    String signature = request.getHeader(LaneSignature.SIGNATURE);
    if (laneId == null || timestamp == null || nonce == null || signature == null) {
      problems.write(response, ProtocolReason.LANE_SIGNATURE_INVALID,
          "lane requests need headers " + LaneSignature.LANE + ", " + LaneSignature.TIMESTAMP + ", "
              + LaneSignature.NONCE + " and " + LaneSignature.SIGNATURE, path);
      return;
    }
    Optional<byte[]> secret = credentials.secretOf(laneId);
    String canonical =
        LaneSignature.canonical(request.getMethod(), path, laneId, timestamp, nonce, BufferedRequest.bodyOf(request));
    if (secret.isEmpty() || !LaneSignature.matches(secret.get(), canonical, signature)) {
      problems.write(response, ProtocolReason.LANE_SIGNATURE_INVALID,
          "the signature does not verify for lane '" + laneId + "'", path);
      return;
    }
    long millis;
    try {
      millis = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      problems.write(response, ProtocolReason.LANE_REQUEST_EXPIRED, "timestamp must be epoch milliseconds but was '" + timestamp + "'", path);
      return;
    }
    switch (replay.check(laneId, millis, nonce)) {
      case EXPIRED -> {
        problems.write(response, ProtocolReason.LANE_REQUEST_EXPIRED,
            "the request timestamp is more than " + ReplayGuard.WINDOW.toSeconds() + " s from the server's clock", path);
        return;
      }
      case REPLAYED -> {
        problems.write(response, ProtocolReason.LANE_REQUEST_REPLAYED, "nonce '" + nonce + "' was already used by lane " + laneId, path);
        return;
      }
      case FRESH -> { }
    }
    if (!pathLane.equals(laneId)) {
      problems.write(response, ProtocolReason.LANE_NOT_SELF,
          "lane " + laneId + " may not act for lane " + pathLane, path);
      return;
    }
    var auth = UsernamePasswordAuthenticationToken.authenticated(
        new LanePrincipal(laneId), null, List.of(new SimpleGrantedAuthority(Role.LANE.authority())));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
