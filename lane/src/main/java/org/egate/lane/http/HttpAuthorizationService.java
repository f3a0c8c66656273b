package org.egate.lane.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
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
import org.egate.lane.authorization.AuthorizationQuery;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.authorization.AuthorizationUnavailableException;

/**
 * Asks {@code POST /api/lanes/{laneId}/authorizations} with {@code {"mrz": "<lines>"}} (the
 * server parses the MRZ itself). The answer (server decision 0056: a refusal is an answer, not an
 * error) is a 200 with {@code decision} ({@code AUTHORIZED} or {@code REFUSED}), {@code
 * reasonCode}, {@code ruleVersion}, {@code travelerId}, {@code enrollmentId}, {@code
 * authorizationId} and, when authorized, {@code sealedTemplates}: base64 of the templates sealed
 * for this lane and this authorization (server decision 0054), opened here.
 *
 * <p>A 4xx problem whose {@code reasonCode} is a domain refusal is read as that refusal; anything
 * else (no answer, 5xx, 401/403, a protocol problem, an answer that does not read or does not open)
 * is "unavailable", and the lane fails closed.
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
  public Authorization authorize(AuthorizationQuery query) throws AuthorizationUnavailableException {
    String path = http.lanePath("authorizations");
    ObjectNode body = JSON.createObjectNode();
    body.put("mrz", query.mrz().text());
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
    if (status == 400 && "INVALID_MRZ".equals(root.path("reasonCode").asText())) {
      // The server could not use the MRZ the lane read (a misread that passed the lane's check, or
      // a document kind egate does not know): the document could not be read, as far as the lane can tell.
      return new Authorization.Refused(ReasonCode.DOCUMENT_UNREADABLE, "none");
    }
    ReasonCode reason = ReasonCode.valueOf(root.path("reasonCode").asText());
    String ruleVersion = root.hasNonNull("ruleVersion") ? root.path("ruleVersion").asText() : "none";
    boolean authorized = status == 200 && "AUTHORIZED".equals(root.path("decision").asText())
        && reason.outcome() == Outcome.ACCEPT;
    if (!authorized) {
      if (reason.outcome() == Outcome.ACCEPT) {
        throw new IllegalArgumentException("answer " + status + " " + root.path("decision").asText()
            + " with accepting reason " + reason);
      }
      return new Authorization.Refused(reason, ruleVersion);
    }
    String authorizationId = root.path("authorizationId").asText();
    byte[] sealed = Base64.getDecoder().decode(root.path("sealedTemplates").asText());
    byte[] plain = TemplateSealing.open(credentials.secret(), credentials.lane(), authorizationId, sealed);
    return new Authorization.Granted(new TravelerId(UUID.fromString(root.path("travelerId").asText())),
        new EnrollmentId(UUID.fromString(root.path("enrollmentId").asText())), templates(JSON.readTree(plain)),
        ruleVersion);
  }

  /**
   * The templates in the opened JSON: every object with {@code format} and {@code data} (base64),
   * a face unless it names a finger ({@code finger} or {@code position}) or says {@code modality}
   * {@code FINGERPRINT}.
   */
  static BiometricSet templates(JsonNode opened) {
    List<JsonNode> found = new ArrayList<>();
    collect(opened, found);
    BiometricTemplate face = null;
    Map<FingerPosition, BiometricTemplate> fingers = new EnumMap<>(FingerPosition.class);
    for (JsonNode t : found) {
      byte[] data = Base64.getDecoder().decode(t.path("data").asText());
      String format = t.path("format").asText();
      String finger = t.hasNonNull("finger") ? t.path("finger").asText()
          : t.hasNonNull("position") ? t.path("position").asText() : null;
      if (finger == null && !"FINGERPRINT".equals(t.path("modality").asText())) {
        face = BiometricTemplate.face(format, data);
      } else {
        FingerPosition position = FingerPosition.valueOf(finger);
        fingers.put(position, BiometricTemplate.finger(position, format, data));
      }
    }
    return new BiometricSet(face, fingers);
  }

  private static void collect(JsonNode node, List<JsonNode> found) {
    if (node.isObject() && node.hasNonNull("format") && node.hasNonNull("data")) {
      found.add(node);
      return;
    }
    node.forEach(child -> collect(child, found));
  }
}
