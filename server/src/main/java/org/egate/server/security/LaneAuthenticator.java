package org.egate.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.egate.server.api.ProtocolReason;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a lane request's HMAC signature ({@link LaneSignature}), its freshness and nonce
 * ({@link ReplayGuard}), and that the lane acts only for itself (LANE_NOT_SELF). Used by the
 * security chain's {@link LaneAuthenticationFilter} and by the lane endpoints served ahead of
 * Spring MVC (decision 0091), so both refuse exactly the same requests with the same problems.
 */
@Component
public class LaneAuthenticator {
  private final LaneCredentials credentials;
  private final ReplayGuard replay;
  private final ProblemWriter problems;

  LaneAuthenticator(LaneCredentials credentials, ReplayGuard replay, ProblemWriter problems) {
    this.credentials = credentials;
    this.replay = replay;
    this.problems = problems;
  }

  /**
   * The lane's authentication, or empty after writing the refusal (problem+json) to the response.
   *
   * @param pathLane the lane named in the request path
   */
  public Optional<Authentication> authenticate(HttpServletRequest request, byte[] body, String pathLane, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI();
    String laneId = request.getHeader(LaneSignature.LANE);
    String timestamp = request.getHeader(LaneSignature.TIMESTAMP);
    String nonce = request.getHeader(LaneSignature.NONCE);
    String signature = request.getHeader(LaneSignature.SIGNATURE);
    if (laneId == null || timestamp == null || nonce == null || signature == null) {
      problems.write(response, ProtocolReason.LANE_SIGNATURE_INVALID,
          "lane requests need headers " + LaneSignature.LANE + ", " + LaneSignature.TIMESTAMP + ", "
              + LaneSignature.NONCE + " and " + LaneSignature.SIGNATURE, path);
      return Optional.empty();
    }
    Optional<byte[]> secret = credentials.secretOf(laneId);
    String canonical = LaneSignature.canonical(request.getMethod(), path, laneId, timestamp, nonce, body);
    if (secret.isEmpty() || !LaneSignature.matches(secret.get(), canonical, signature)) {
      problems.write(response, ProtocolReason.LANE_SIGNATURE_INVALID,
          "the signature does not verify for lane '" + laneId + "'", path);
      return Optional.empty();
    }
    long millis;
    try {
      millis = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      problems.write(response, ProtocolReason.LANE_REQUEST_EXPIRED, "timestamp must be epoch milliseconds but was '" + timestamp + "'", path);
      return Optional.empty();
    }
    switch (replay.check(laneId, millis, nonce)) {
      case EXPIRED -> {
        problems.write(response, ProtocolReason.LANE_REQUEST_EXPIRED,
            "the request timestamp is more than " + ReplayGuard.WINDOW.toSeconds() + " s from the server's clock", path);
        return Optional.empty();
      }
      case REPLAYED -> {
        problems.write(response, ProtocolReason.LANE_REQUEST_REPLAYED, "nonce '" + nonce + "' was already used by lane " + laneId, path);
        return Optional.empty();
      }
      case FRESH -> { }
    }
    if (!pathLane.equals(laneId)) {
      problems.write(response, ProtocolReason.LANE_NOT_SELF,
          "lane " + laneId + " may not act for lane " + pathLane, path);
      return Optional.empty();
    }
    return Optional.of(UsernamePasswordAuthenticationToken.authenticated(
        new LanePrincipal(laneId), null, List.of(new SimpleGrantedAuthority(Role.LANE.authority()))));
  }
}
