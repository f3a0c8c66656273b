package org.egate.simulator.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.document.catalog.DocumentType;
import org.egate.simulator.population.SimulatedTraveler;
import org.egate.simulator.population.TravelDocument;

/**
 * A counter officer at the real server's public API (HTTP Basic): enroll a traveler with their
 * biometrics, approve a duplicate referral, withdraw an enrollment, impose an exit ban, report a
 * document lost or stolen. Answers that are not what an officer expects become an {@link
 * IllegalStateException} naming the server's reply.
 */
public final class OfficerClient {
  /**
   * The server's answer to an application: an enrollment (active or referred), or a refusal with
   * its reason; {@code earlier} when the client key was enrolled before (the server's 200 answer).
   */
  public record Enrolled(Optional<String> enrollmentId, Optional<String> travelerId, Optional<String> referralId,
      Optional<ReasonCode> refusal, boolean earlier, String body) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI base;
  private final String authorization;

  public OfficerClient(HttpClient http, URI base, String user, String password) {
    this.http = http;
    this.base = base;
    this.authorization = "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Enrolls with the document the traveler presents at the gate (its MRZ), the supporting
   * documents the category needs, the face image and, when given, both index fingerprints.
   */
  public Enrolled enroll(SimulatedTraveler t, String site, String terminal, byte[] face, Optional<byte[]> rightIndex,
      Optional<byte[]> leftIndex) {
    ObjectNode body = JSON.createObjectNode();
    body.put("clientKey", t.biometricId());
    body.putObject("traveler").put("surname", t.surname()).put("givenNames", t.givenNames())
        .put("birthDate", t.birthDate().toString()).put("nationality", t.nationality());
    body.put("category", t.category().name());
    body.put("mrz", t.document().mrz());
    supporting(t, body.putArray("documents"));
    body.putObject("consent").put("faceImage", true).put("fingerprints", rightIndex.isPresent());
    body.put("heightCm", t.heightCm());
    body.putObject("place").put("site", site).put("terminal", terminal);
    body.put("faceImage", b64(face));
    if (rightIndex.isPresent() && leftIndex.isPresent()) {
      body.putObject("fingerprints").put("RIGHT_INDEX", b64(rightIndex.get())).put("LEFT_INDEX", b64(leftIndex.get()));
    }
    Answer a = post("api/enrollments", body);
    JsonNode r = a.json();
    if (a.status() == 201 || a.status() == 200) {
      return new Enrolled(text(r, "enrollmentId"), text(r, "travelerId"), text(r, "referralId"), Optional.empty(),
          a.status() == 200, a.body());
    }
    Optional<ReasonCode> reason = text(r, "reasonCode").map(ReasonCode::valueOf);
    if (a.status() >= 500 || reason.isEmpty()) {
      throw new IllegalStateException("enrollment of " + t.biometricId() + ": " + a.status() + " " + a.body());
    }
    return new Enrolled(Optional.empty(), Optional.empty(), Optional.empty(), reason, false, a.body());
  }

  /**
   * The documents the category's rules ask for besides the gate document (the domain's
   * DocumentRequirements): a national's ID card; a foreigner's passport, with the re-entry permit
   * for a resident certificate; a PRC resident's travel permit; a national without household
   * registration's ROC passport and multiple-entry permit.
   */
  private static void supporting(SimulatedTraveler t, ArrayNode documents) {
    String n = Integer.toHexString(t.biometricId().hashCode()).toUpperCase();
    TravelDocument d = t.document();
    LocalDate expires = d.expiresOn();
    switch (t.category()) {
      case NATIONAL_WITH_HOUSEHOLD_REGISTRATION -> part(documents, "NATIONAL_ID_CARD", "TWN", "N" + n, expires);
      case FOREIGN_RESIDENT -> {
        part(documents, "FOREIGN_PASSPORT", t.nationality(), "F" + n, expires);
        if (d.type() == DocumentType.RESIDENT_CERTIFICATE) {
          part(documents, "RE_ENTRY_PERMIT", "TWN", "R" + n, expires);
        }
      }
      case FOREIGN_DIPLOMAT, HONG_KONG_MACAO_RESIDENT -> part(documents, "FOREIGN_PASSPORT", t.nationality(), "F" + n, expires);
      case PRC_LONG_TERM_RESIDENT, PRC_SPOUSE_DEPENDENT_RESIDENCE ->
          part(documents, "MAINLAND_TRAVEL_PERMIT", "CHN", "M" + n, expires);
      case NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION -> {
        part(documents, "ROC_PASSPORT", "TWN", "P" + n, expires);
        part(documents, "NATIONAL_MULTIPLE_ENTRY_PERMIT", "TWN", "E" + n, expires);
      }
    }
  }

  private static void part(ArrayNode documents, String kind, String issuer, String number, LocalDate expiresOn) {
    documents.addObject().put("kind", kind).put("issuer", issuer).put("number", number)
        .put("expiresOn", expiresOn.toString());
  }

  /** A supervisor approves a duplicate referral after review: the candidates are other synthetic people. */
  public void approveReferral(String referralId) {
    ObjectNode body = JSON.createObjectNode().put("approve", true)
        .put("note", "simulated review: the candidates are other synthetic people");
    expect(post("api/referrals/" + referralId + "/resolution", body), 200, "approving referral " + referralId);
  }

  public void withdraw(String enrollmentId) {
    expect(post("api/enrollments/" + enrollmentId + "/withdrawal", JSON.createObjectNode().put("note", "traveler withdrew")),
        200, "withdrawing enrollment " + enrollmentId);
  }

  public void imposeExitBan(String travelerId, LocalDate startsOn) {
    ObjectNode body = JSON.createObjectNode().put("traveler", travelerId).put("startsOn", startsOn.toString())
        .put("authority", "simulated district prosecutors office");
    expect(post("api/exit-bans", body), 201, "exit ban on " + travelerId);
  }

  public void reportLostOrStolen(TravelDocument d, LocalDate reportedOn) {
    ObjectNode body = JSON.createObjectNode().put("kind", d.type().name()).put("issuer", d.issuer())
        .put("number", d.number()).put("reportedOn", reportedOn.toString()).put("source", "holder's report");
    expect(post("api/revoked-documents", body), 201, "loss report of " + d.number());
  }

  private record Answer(int status, String body) {
    JsonNode json() {
      try {
        return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }
  }

  private static void expect(Answer a, int status, String what) {
    if (a.status() != status) {
      throw new IllegalStateException(what + ": server answered " + a.status() + " " + a.body());
    }
  }

  private Answer post(String path, JsonNode json) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build();
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("POST " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during POST " + path, e);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
