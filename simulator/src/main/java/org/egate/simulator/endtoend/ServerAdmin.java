package org.egate.simulator.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egate.document.catalog.DocumentType;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * The officer's side of the run, through the server's public API: enroll a traveler (MRZ, a face
 * image, two index fingerprints) and impose an exit ban.
 */
final class ServerAdmin {
  /** The server's answer to an enrollment. */
  record Enrolled(int status, Optional<String> travelerId, String enrollmentStatus, String body) {
    /** Why the server did not make an active enrollment, e.g. {@code 422 UNDER_AGE}. */
    String refusal() {
      Matcher reason = REASON.matcher(body);
      return status + " " + (reason.find() ? reason.group(1) : enrollmentStatus);
    }

    Optional<String> referralId() {
      Matcher m = REFERRAL.matcher(body);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    boolean active() {
      return status == 201 && "ACTIVE".equals(enrollmentStatus);
    }
  }

  private static final Pattern TRAVELER = Pattern.compile("\"travelerId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final Pattern REASON = Pattern.compile("\"(?:reasonCode|reason)\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern REFERRAL = Pattern.compile("\"referralId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

  private final HttpClient http;
  private final URI base;
  private final String authorization;

  ServerAdmin(HttpClient http, URI base, String user, String password) {
    this.http = http;
    this.base = base;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Enrolled enroll(SimulatedTraveler t, String site, String terminal, byte[] face, byte[] rightIndex, byte[] leftIndex)
      throws IOException, InterruptedException {
    String body = """
        {"clientKey":"%s","traveler":{"surname":"%s","givenNames":"%s","birthDate":"%s","nationality":"%s"},
         "category":"%s","mrz":"%s","documents":[%s],"consent":{"faceImage":true,"fingerprints":true},"heightCm":%d,"place":{"site":"%s","terminal":"%s"},
         "faceImage":"%s","fingerprints":{"RIGHT_INDEX":"%s","LEFT_INDEX":"%s"}}"""
        .formatted(t.biometricId(), t.surname(), t.givenNames(), t.birthDate(), t.nationality(), t.category().name(),
            t.document().mrz().replace("\n", "\\n"), supporting(t), t.heightCm(), site, terminal, b64(face), b64(rightIndex),
            b64(leftIndex));
    HttpResponse<String> r = post("api/enrollments", body);
    Matcher traveler = TRAVELER.matcher(r.body());
    Matcher status = STATUS.matcher(r.body());
    return new Enrolled(r.statusCode(), traveler.find() ? Optional.of(traveler.group(1)) : Optional.empty(),
        status.find() ? status.group(1) : "NONE", r.body());
  }

  /**
   * The documents the category's rules ask for besides the gate document the MRZ names
   * (DocumentRequirements): a national's ID card; a foreigner's passport, with the re-entry permit
   * for a (non-permanent) resident certificate; a PRC resident's travel permit; a national without
   * household registration's ROC passport and multiple-entry permit lasting as long as the certificate.
   */
  static String supporting(SimulatedTraveler t) {
    String n = t.biometricId().substring(1);
    String expires = t.document().expiresOn().toString();
    return switch (t.category()) {
      case NATIONAL_WITH_HOUSEHOLD_REGISTRATION -> part("NATIONAL_ID_CARD", "TWN", "N" + n, expires);
      case FOREIGN_RESIDENT -> part("FOREIGN_PASSPORT", t.nationality(), "F" + n, expires)
          + (t.document().type() == DocumentType.RESIDENT_CERTIFICATE
              ? "," + part("RE_ENTRY_PERMIT", "TWN", "R" + n, expires) : "");
      case FOREIGN_DIPLOMAT, HONG_KONG_MACAO_RESIDENT -> part("FOREIGN_PASSPORT", t.nationality(), "F" + n, expires);
      case PRC_LONG_TERM_RESIDENT, PRC_SPOUSE_DEPENDENT_RESIDENCE ->
          part("MAINLAND_TRAVEL_PERMIT", "CHN", "M" + n, expires);
      case NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION -> part("ROC_PASSPORT", "TWN", "3" + n.substring(1) + "1", expires)
          + "," + part("NATIONAL_MULTIPLE_ENTRY_PERMIT", "TWN", "E" + n, expires);
    };
  }

  private static String part(String kind, String issuer, String number, String expiresOn) {
    return "{\"kind\":\"%s\",\"issuer\":\"%s\",\"number\":\"%s\",\"expiresOn\":\"%s\"}"
        .formatted(kind, issuer, number, expiresOn);
  }

  /** A supervisor approves a duplicate referral after review (POST /api/referrals/{id}/resolution). */
  boolean approveReferral(String referralId) throws IOException, InterruptedException {
    HttpResponse<String> r = post("api/referrals/" + referralId + "/resolution",
        "{\"approve\":true,\"note\":\"simulated review: the candidates are other synthetic people\"}");
    return r.statusCode() == 200;
  }

  boolean imposeExitBan(String travelerId) throws IOException, InterruptedException {
    HttpResponse<String> r = post("api/exit-bans",
        "{\"traveler\":\"" + travelerId + "\",\"authority\":\"simulated district prosecutors office\"}");
    return r.statusCode() == 201;
  }

  private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
