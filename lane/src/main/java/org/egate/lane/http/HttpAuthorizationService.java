package org.egate.lane.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.border.traveler.TravelerId;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.authorization.AuthorizationRequest;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.authorization.AuthorizationUnavailableException;

/**
 * Asks {@code POST /api/lanes/{laneId}/authorizations}. Request: {@code {"transaction", "mrz":
 * [lines], "requestedAt"}}. Answer (200): {@code reasonCode} (an accepting code, or the refusal),
 * {@code ruleVersion}, and when granted {@code traveler}, {@code enrollment} and {@code
 * templates: {face: {format, data}, fingers: [{finger, format, data}]}} with base64 data, sealed
 * for this lane (server decision 0054) when the answer carries an {@code authorizationId}. A 4xx
 * problem+json carrying a {@code reasonCode} of the domain is a refusal; no answer, 5xx, or an
 * answer the lane cannot read is "unavailable", and the lane fails closed.
 *
 * <p>The answer's shape is this lane's proposal (decision 0064) until the server publishes its
 * endpoint; only {@link #readAnswer} depends on it.
 */
public final class HttpAuthorizationService implements AuthorizationService {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LaneHttp http;
  private final LaneCredentials credentials;

  public HttpAuthorizationService(HttpClient client, LaneCredentials credentials, Clock wallClock) {
    this.http = new LaneHttp(client, credentials, new LaneRequestSigner(credentials, wallClock));
    this.credentials = credentials;
  }

  @Override
  public Authorization authorize(AuthorizationRequest request) throws AuthorizationUnavailableException {
    String path = http.lanePath("authorizations");
    ObjectNode body = JSON.createObjectNode();
    body.put("transaction", request.transaction().toString());
    request.mrz().lines().forEach(body.putArray("mrz")::add);
    body.put("requestedAt", request.at().toString());
    LaneHttp.Answer answer;
    try {
      answer = http.post(path, JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new AuthorizationUnavailableException("no answer from " + path + ": " + e, e);
    }
    try {
      return readAnswer(answer, credentials);
    } catch (RuntimeException | IOException unreadable) {
      throw new AuthorizationUnavailableException("unreadable answer " + answer.status() + " from " + path + ": "
          + unreadable.getMessage(), unreadable);
    }
  }

  static Authorization readAnswer(LaneHttp.Answer answer, LaneCredentials credentials)
      throws IOException, AuthorizationUnavailableException {
    int status = answer.status();
    if (status >= 500 || status == 401 || status == 403 || status == 408 || status == 429) {
      throw new AuthorizationUnavailableException("server answered " + status + ": "
          + new String(answer.body(), StandardCharsets.UTF_8));
    }
    JsonNode root = JSON.readTree(answer.body());
    ReasonCode reason = ReasonCode.valueOf(root.path("reasonCode").asText());
    String ruleVersion = root.path("ruleVersion").asText("unknown");
    if (status >= 400 || reason.outcome() != Outcome.ACCEPT) {
      if (reason.outcome() == Outcome.ACCEPT) {
        throw new IllegalArgumentException("status " + status + " with accepting reason " + reason);
      }
      return new Authorization.Refused(reason, ruleVersion);
    }
    JsonNode templates = root.path("templates");
    // Sealed for this lane and this authorization (server decision 0054) when the answer names it.
    String sealedFor = root.hasNonNull("authorizationId") ? root.path("authorizationId").asText() : null;
    BiometricTemplate face = templates.hasNonNull("face")
        ? BiometricTemplate.face(templates.path("face").path("format").asText(),
            bytes(templates.path("face"), sealedFor, credentials))
        : null;
    Map<FingerPosition, BiometricTemplate> fingers = new EnumMap<>(FingerPosition.class);
    for (JsonNode finger : templates.path("fingers")) {
      FingerPosition position = FingerPosition.valueOf(finger.path("finger").asText());
      fingers.put(position, BiometricTemplate.finger(position, finger.path("format").asText(),
          bytes(finger, sealedFor, credentials)));
    }
    return new Authorization.Granted(new TravelerId(UUID.fromString(root.path("traveler").asText())),
        new EnrollmentId(UUID.fromString(root.path("enrollment").asText())), new BiometricSet(face, fingers),
        ruleVersion);
  }

  private static byte[] bytes(JsonNode template, String sealedFor, LaneCredentials credentials) {
    byte[] data = Base64.getDecoder().decode(template.path("data").asText());
    return sealedFor == null ? data : TemplateSealing.open(credentials.secret(), credentials.lane(), sealedFor, data);
  }
}
