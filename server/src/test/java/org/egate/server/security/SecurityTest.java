package org.egate.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.egate.server.TestServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class SecurityTest {
  private static final String LANE = "TAOYUAN-T2-D01";
  private static final String OTHER_LANE = "TAOYUAN-T2-D02";

  @Test
  void anUnauthenticatedCallGets401UnauthenticatedAsProblemJson() {
    Response r = Api.anonymous("GET", "/api/sites", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.reasonCode()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void anOfficerReadsSitesButMayNotCreateLanes() {
    assertThat(Api.asOfficer("officer1", "GET", "/api/sites", null).status()).isEqualTo(200);
    Response r = Api.asOfficer("officer1", "POST", "/api/lanes", "{\"site\":\"TAOYUAN\",\"terminal\":\"T1\",\"direction\":\"ARRIVAL\"}");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.reasonCode()).isEqualTo("ROLE_MISSING");
  }

  @Test
  void anAuditorMayNotReadPersonalRecordsNorActAsALane() {
    assertThat(Api.asOfficer("auditor1", "GET", "/api/enrollments/0f8fad5b-d9cb-469f-a165-70867728950e", null).reasonCode())
        .isEqualTo("ROLE_MISSING");
    assertThat(Api.asOfficer("admin1", "POST", "/api/lanes/" + LANE + "/authorizations", "{}").reasonCode())
        .isEqualTo("LANE_SIGNATURE_INVALID");
  }

  @Test
  void passwordsAreStoredAsArgon2idHashes() {
    String hash = TestServer.bean(JdbcClient.class).sql("select password_hash from officer where username = 'officer1'")
        .query(String.class).single();
    assertThat(hash).startsWith("$argon2id$").doesNotContain(TestServer.PASSWORD);
  }

  @Test
  void aLaneRequestWithABadSignatureIsRefused() {
    TestServer.laneSecret(LANE);
    var forged = java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestServer.baseUrl() + "/api/lanes/" + LANE + "/authorizations"))
        .header("Content-Type", "application/json")
        .header(LaneSignature.LANE, LANE).header(LaneSignature.TIMESTAMP, Long.toString(System.currentTimeMillis()))
        .header(LaneSignature.NONCE, "n-forged").header(LaneSignature.SIGNATURE, "AAAA")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
    Response r = Api.send(forged);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.reasonCode()).isEqualTo("LANE_SIGNATURE_INVALID");
  }

  @Test
  void aReplayedLaneRequestIsRefused() {
    var request = Api.signedLaneRequest(LANE, "/api/lanes/" + LANE + "/authorizations", "{}", System.currentTimeMillis(), "nonce-replay-1");
    assertThat(Api.send(request).status()).isNotEqualTo(401);
    Response replay = Api.send(request);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(replay.reasonCode()).isEqualTo("LANE_REQUEST_REPLAYED");
  }

  @Test
  void aStaleLaneRequestIsRefused() {
    Response r = Api.asLane(LANE, "/api/lanes/" + LANE + "/authorizations", "{}", System.currentTimeMillis() - 10 * 60_000, "nonce-stale");
    assertThat(r.reasonCode()).isEqualTo("LANE_REQUEST_EXPIRED");
  }

  @Test
  void aLaneMayNotActForAnotherLane() {
    Response r = Api.asLane(LANE, "/api/lanes/" + OTHER_LANE + "/authorizations", "{}");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.reasonCode()).isEqualTo("LANE_NOT_SELF");
  }

  @Test
  void repeatedFailedLoginsBlockTheAccountEvenWithTheRightPassword() {
    TestServer.context();
    TestServer.bean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(s ->
        TestServer.bean(OfficerAccounts.class).create("throttled1", TestServer.PASSWORD, java.util.EnumSet.of(Role.OFFICER), "T"));
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(Api.withPassword("throttled1", "wrong-password-" + i, "GET", "/api/sites").status()).isEqualTo(401);
    }
    Response r = Api.withPassword("throttled1", TestServer.PASSWORD, "GET", "/api/sites");
    assertThat(r.status()).isEqualTo(429);
    assertThat(r.reasonCode()).isEqualTo("LOGIN_RATE_LIMITED");
  }

  @Test
  void anOversizedBodyIsRefusedWith413() {
    String big = "{\"x\":\"" + "a".repeat(70_000) + "\"}";
    Response r = Api.asOfficer("admin1", "POST", "/api/lanes", big);
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.reasonCode()).isEqualTo("BODY_TOO_LARGE");
  }
}
