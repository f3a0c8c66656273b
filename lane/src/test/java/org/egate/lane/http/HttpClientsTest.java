package org.egate.lane.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.UUID;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.LaneId;
import org.egate.lane.TransactionId;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.authorization.AuthorizationQuery;
import org.egate.lane.authorization.AuthorizationUnavailableException;
import org.egate.lane.clearance.CrossingRecordJson;
import org.egate.lane.clearance.Transaction;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.LaneRig;
import org.egate.lane.journal.JournalEntry;
import org.egate.lane.journal.JournalSink;
import org.egate.lane.journal.SinkUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpClientsTest {

  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  static final LaneId LANE = LaneId.of("TAOYUAN-T2-D01");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  StubServer stub;
  HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    stub = new StubServer(SECRET);
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private LaneCredentials credentials(URI server) {
    return new LaneCredentials(server, LANE, SECRET, Duration.ofSeconds(2));
  }

  private JournalEntry journaledCrossing() throws IOException {
    try (LaneRig rig = new LaneRig("TAOYUAN-T2-D01", ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]"),
        dir, 5)) {
      var passport = Documents.rocPassport("LIN", "300000001");
      rig.server.enroll(passport, "lin").goDownAfterAuthorizations(1); // so the crossing stays pending
      rig.devices.scene().arrive(Visitor.with("lin", passport).build());
      Transaction t = rig.lane.serveNext().orElseThrow();
      assertThat(t.decision().passed()).isTrue();
      return rig.journal.pending().get(0);
    }
  }

  @Test
  void aCrossingIsPostedSignedWithOnlyTheIngestFieldsAndItsStatusMapsToTheAcknowledgement() throws Exception {
    JournalEntry entry = journaledCrossing();
    HttpCrossingSink sink = new HttpCrossingSink(client, credentials(stub.uri()), Clock.systemUTC());

    stub.status = 201;
    assertThat(sink.deliver(entry)).isEqualTo(JournalSink.Acknowledgement.STORED);
    StubServer.Received sent = stub.received.get(0);
    assertThat(sent.path()).isEqualTo("/api/lanes/TAOYUAN-T2-D01/crossings");
    assertThat(sent.lane()).isEqualTo("TAOYUAN-T2-D01");
    assertThat(sent.signatureValid()).isTrue();
    JsonNode body = JSON.readTree(sent.body());
    assertThat(body.fieldNames()).toIterable().containsExactlyElementsOf(CrossingRecordJson.INGEST_FIELDS);
    assertThat(body.path("key").asText()).isEqualTo(entry.key().value());
    assertThat(body.path("decision").path("reason").asText()).isEqualTo("CLEARED");
    assertThat(body.path("decision").path("checks").get(0).path("step").asText()).isEqualTo("DOCUMENT_READ");

    stub.status = 200;
    assertThat(sink.deliver(entry)).isEqualTo(JournalSink.Acknowledgement.ALREADY_STORED);
    stub.status = 409;
    assertThat(sink.deliver(entry)).isEqualTo(JournalSink.Acknowledgement.REJECTED);
    stub.status = 503;
    assertThatThrownBy(() -> sink.deliver(entry)).isInstanceOf(SinkUnavailableException.class)
        .hasMessageContaining("503");
    stub.status = 401;
    assertThatThrownBy(() -> sink.deliver(entry)).isInstanceOf(SinkUnavailableException.class);
  }

  @Test
  void aServerThatIsNotThereLeavesTheCrossingPending() throws Exception {
    JournalEntry entry = journaledCrossing();
    URI gone = stub.uri();
    stub.close();
    HttpCrossingSink sink = new HttpCrossingSink(client, credentials(gone), Clock.systemUTC());
    assertThatThrownBy(() -> sink.deliver(entry)).isInstanceOf(SinkUnavailableException.class)
        .hasMessageContaining("no answer");
  }

  private AuthorizationQuery request() {
    return new AuthorizationQuery(LANE, new TransactionId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")),
        Documents.rocPassport("LIN", "300000001"), java.time.Instant.parse("2026-11-27T01:00:00Z"));
  }

  /** Seals as the server does (decision 0054), written here independently of the lane's code. */
  private static String seal(byte[] plaintext, String authorizationId) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(SECRET, "HmacSHA256"));
    javax.crypto.SecretKey key = new javax.crypto.spec.SecretKeySpec(
        mac.doFinal("egate-templates-v1".getBytes(StandardCharsets.UTF_8)), "AES");
    byte[] nonce = new byte[12];
    new java.security.SecureRandom().nextBytes(nonce);
    javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, nonce));
    cipher.updateAAD(("TAOYUAN-T2-D01|" + authorizationId).getBytes(StandardCharsets.UTF_8));
    byte[] ct = cipher.doFinal(plaintext);
    byte[] out = java.util.Arrays.copyOf(nonce, 12 + ct.length);
    System.arraycopy(ct, 0, out, 12, ct.length);
    return Base64.getEncoder().encodeToString(out);
  }

  private static String authorized(String authorizationId, String sealedFor) throws Exception {
    String face = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
    String finger = Base64.getEncoder().encodeToString(new byte[] {4, 5});
    String templates = """
        [{"modality":"FACE","finger":null,"format":"face-api-128f32/1","data":"%s"},
         {"modality":"FINGERPRINT","finger":"LEFT_INDEX","format":"sourceafis-cbor/3.18","data":"%s"}]
        """.formatted(face, finger);
    return """
        {"decision":"AUTHORIZED","reasonCode":"AUTHORIZED","reasons":[],"ruleVersion":"2017-03-08-fingerprints",
         "authorizationId":"%s","travelerId":"11111111-1111-4111-8111-111111111111",
         "enrollmentId":"22222222-2222-4222-8222-222222222222","sealedTemplates":"%s"}
        """.formatted(authorizationId, seal(templates.getBytes(StandardCharsets.UTF_8), sealedFor));
  }

  @Test
  void aGrantedAuthorizationCarriesTheTravelerAndTheTemplatesSealedForThisLane() throws Exception {
    stub.status = 200;
    stub.answer = authorized("auth-1", "auth-1");
    HttpAuthorizationService service = new HttpAuthorizationService(client, credentials(stub.uri()), Clock.systemUTC());

    Authorization answer = service.authorize(request());

    assertThat(answer).isInstanceOfSatisfying(Authorization.Granted.class, granted -> {
      assertThat(granted.traveler().value()).isEqualTo(UUID.fromString("11111111-1111-4111-8111-111111111111"));
      assertThat(granted.templates().face().data()).containsExactly(1, 2, 3);
      assertThat(granted.templates().fingers()).containsOnlyKeys(FingerPosition.LEFT_INDEX);
      assertThat(granted.ruleVersion()).isEqualTo("2017-03-08-fingerprints");
    });
    StubServer.Received sent = stub.received.get(0);
    assertThat(sent.path()).isEqualTo("/api/lanes/TAOYUAN-T2-D01/authorizations");
    assertThat(sent.signatureValid()).isTrue();
    JsonNode body = JSON.readTree(sent.body());
    assertThat(body.fieldNames()).toIterable().containsExactly("mrz");
    assertThat(body.path("mrz").asText()).contains("\n");
  }

  @Test
  void templatesSealedForAnotherAuthorizationDoNotOpenAndTheLaneFailsClosed() throws Exception {
    stub.status = 200;
    stub.answer = authorized("auth-2", "auth-1");
    HttpAuthorizationService service = new HttpAuthorizationService(client, credentials(stub.uri()), Clock.systemUTC());
    assertThatThrownBy(() -> service.authorize(request())).isInstanceOf(AuthorizationUnavailableException.class)
        .hasMessageContaining("does not open for lane TAOYUAN-T2-D01");
  }

  @Test
  void aRefusalIsAnAnswerAndAProblemWithADomainReasonIsARefusalToo() throws Exception {
    HttpAuthorizationService service = new HttpAuthorizationService(client, credentials(stub.uri()), Clock.systemUTC());
    stub.status = 200;
    stub.answer = "{\"decision\":\"REFUSED\",\"reasonCode\":\"NOT_ENROLLED\",\"reasons\":[\"NOT_ENROLLED\"],"
        + "\"ruleVersion\":null,\"sealedTemplates\":null}";
    assertThat(service.authorize(request())).isEqualTo(new Authorization.Refused(ReasonCode.NOT_ENROLLED, "none"));

    stub.answer = "{\"decision\":\"REFUSED\",\"reasonCode\":\"EXIT_BAN\",\"ruleVersion\":\"seed-1\"}";
    assertThat(service.authorize(request())).isEqualTo(new Authorization.Refused(ReasonCode.EXIT_BAN, "seed-1"));

    stub.status = 422;
    stub.answer = "{\"type\":\"urn:egate:problem:UNDER_AGE\",\"status\":422,\"reasonCode\":\"UNDER_AGE\"}";
    assertThat(service.authorize(request())).isEqualTo(new Authorization.Refused(ReasonCode.UNDER_AGE, "none"));

    stub.status = 400;
    stub.answer = "{\"type\":\"urn:egate:problem:INVALID_MRZ\",\"status\":400,\"reasonCode\":\"INVALID_MRZ\"}";
    assertThat(service.authorize(request())).isEqualTo(
        new Authorization.Refused(ReasonCode.DOCUMENT_UNREADABLE, "none"));
  }

  @Test
  void noAnswerAServerErrorOrAnUnreadableAnswerIsUnavailableSoTheLaneFailsClosed() {
    HttpAuthorizationService service = new HttpAuthorizationService(client, credentials(stub.uri()), Clock.systemUTC());
    stub.status = 500;
    assertThatThrownBy(() -> service.authorize(request())).isInstanceOf(AuthorizationUnavailableException.class)
        .hasMessageContaining("500");
    stub.status = 200;
    stub.answer = "not json";
    assertThatThrownBy(() -> service.authorize(request())).isInstanceOf(AuthorizationUnavailableException.class)
        .hasMessageContaining("unreadable answer 200");
    stub.status = 400;
    stub.answer = "{\"reasonCode\":\"MALFORMED_JSON\"}";
    assertThatThrownBy(() -> service.authorize(request())).isInstanceOf(AuthorizationUnavailableException.class);
    URI gone = stub.uri();
    stub.close();
    HttpAuthorizationService offline = new HttpAuthorizationService(client, credentials(gone), Clock.systemUTC());
    assertThatThrownBy(() -> offline.authorize(request())).isInstanceOf(AuthorizationUnavailableException.class)
        .hasMessageContaining("no answer");
  }

  @Test
  void credentialsNeverPrintTheSecret() {
    assertThat(credentials(stub.uri()).toString()).doesNotContain("0123456789abcdef").contains("secret hidden");
  }
}
