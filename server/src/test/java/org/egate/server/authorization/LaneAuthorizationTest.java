package org.egate.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.egate.server.TestServer;
import org.egate.server.enrollment.Samples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "May this holder use this lane now?", as a lane asks it. Fingers: FVC2002 DB3/DB4 (other test classes use DB1/DB2). */
class LaneAuthorizationTest {
  static final String DEPARTURE = "TAOYUAN-T2-D01";
  static final String ARRIVAL = "TAOYUAN-T2-A01";

  private static String enrolledPassport(int db, int finger, int face) {
    String passport = Samples.passportNumber();
    Response r = Api.asOfficer("officer1", "POST", "/api/enrollments", Samples.national(null, passport, "1980-03-03", 172,
        Samples.face(face), Samples.finger(db, finger, 1), Samples.finger(db, finger + 1, 1)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().path("status").asString()).isEqualTo("ACTIVE");
    return passport;
  }

  private static Response ask(String lane, String passport) {
    return Api.asLane(lane, "/api/lanes/" + lane + "/authorizations",
        "{\"document\":{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"" + passport + "\"}}");
  }

  @Test
  void anEnrolledHolderIsAuthorizedAndOnlyThatLaneCanOpenTheTemplates() {
    String passport = enrolledPassport(3, 103, 20);
    Response r = ask(DEPARTURE, passport);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode a = r.json();
    assertThat(a.path("decision").asString()).isEqualTo("AUTHORIZED");
    assertThat(a.path("reasonCode").asString()).isEqualTo("AUTHORIZED");
    assertThat(a.path("ruleVersion").asString()).isEqualTo("2017-03-08-fingerprints");
    byte[] sealed = Base64.getDecoder().decode(a.path("sealedTemplates").asString());
    String plain = new String(LaneSealing.open(TestServer.laneSecret(DEPARTURE), DEPARTURE, a.path("authorizationId").asString(), sealed),
        StandardCharsets.UTF_8);
    assertThat(plain).contains("\"FACE\"").contains("RIGHT_INDEX").contains("LEFT_INDEX").contains("sourceafis-cbor/3.18");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        LaneSealing.open(TestServer.laneSecret(ARRIVAL), ARRIVAL, a.path("authorizationId").asString(), sealed)).hasMessageContaining("tampered");
  }

  @Test
  void anUnknownDocumentIsRefusedAsNotEnrolledWithoutTemplates() {
    Response r = ask(DEPARTURE, "399999999");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().path("decision").asString()).isEqualTo("REFUSED");
    assertThat(r.json().path("reasonCode").asString()).isEqualTo("NOT_ENROLLED");
    assertThat(r.json().path("sealedTemplates").isNull()).isTrue();
  }

  @Test
  void anExitBanStopsDeparturesOnly() {
    String passport = enrolledPassport(3, 105, 21);
    String traveler = ask(ARRIVAL, passport).json().path("travelerId").asString();
    Response ban = Api.asOfficer("supervisor1", "POST", "/api/exit-bans", "{\"traveler\":\"" + traveler + "\",\"authority\":\"district court\"}");
    assertThat(ban.status()).as(ban.body()).isEqualTo(201);
    assertThat(ask(DEPARTURE, passport).json().path("reasonCode").asString()).isEqualTo("EXIT_BAN");
    assertThat(ask(ARRIVAL, passport).json().path("decision").asString()).isEqualTo("AUTHORIZED");
    Response lifted = Api.asOfficer("supervisor1", "POST", "/api/exit-bans/" + ban.json().path("id").asString() + "/lifting", "{}");
    assertThat(lifted.status()).isEqualTo(200);
    assertThat(ask(DEPARTURE, passport).json().path("decision").asString()).isEqualTo("AUTHORIZED");
  }

  @Test
  void aLostDocumentAndASuspendedEnrollmentAreRefused() {
    String lost = enrolledPassport(3, 107, 22);
    assertThat(Api.asOfficer("supervisor1", "POST", "/api/revoked-documents",
        "{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"" + lost + "\",\"source\":\"police report\"}").status()).isEqualTo(201);
    assertThat(ask(DEPARTURE, lost).json().path("reasons").toString()).contains("DOCUMENT_REPORTED_LOST_OR_STOLEN");

    String suspended = enrolledPassport(4, 101, 23);
    String enrollment = ask(DEPARTURE, suspended).json().path("enrollmentId").asString();
    assertThat(Api.asOfficer("supervisor1", "POST", "/api/enrollments/" + enrollment + "/suspension", "{\"note\":\"document check\"}").status())
        .isEqualTo(200);
    assertThat(ask(DEPARTURE, suspended).json().path("reasonCode").asString()).isEqualTo("ENROLLMENT_SUSPENDED");
  }

  @Test
  void aClosedLaneRefusesEveryone() {
    String passport = enrolledPassport(4, 103, 24);
    String lane = "SONGSHAN-MAIN-A01";
    assertThat(Api.asOfficer("supervisor1", "POST", "/api/lanes/" + lane + "/closure", null).status()).isEqualTo(200);
    try {
      assertThat(ask(lane, passport).json().path("reasonCode").asString()).isEqualTo("LANE_CLOSED");
    } finally {
      Api.asOfficer("supervisor1", "POST", "/api/lanes/" + lane + "/reopening", null);
    }
    assertThat(ask(lane, passport).json().path("decision").asString()).isEqualTo("AUTHORIZED");
  }

  @Test
  void badQuestionsAreProblems() {
    String path = "/api/lanes/" + DEPARTURE + "/authorizations";
    assertThat(Api.asLane(DEPARTURE, path, "{}").reasonCode()).isEqualTo("MISSING_FIELD");
    assertThat(Api.asLane(DEPARTURE, path, "{\"document\":{\"kind\":\"SPACESHIP\",\"issuer\":\"TWN\",\"number\":\"1\"}}").reasonCode())
        .isEqualTo("INVALID_VALUE");
    assertThat(Api.asLane(DEPARTURE, path, "{\"mrz\":\"P<TWNNOT<A<REAL<MRZ\"}").reasonCode()).isEqualTo("INVALID_MRZ");
    assertThat(Api.asLane(DEPARTURE, path, "{\"document\":[]}").reasonCode()).isEqualTo("WRONG_TYPE");
  }
}
