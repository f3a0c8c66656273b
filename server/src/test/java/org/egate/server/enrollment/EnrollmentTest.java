package org.egate.server.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.egate.server.TestServer;
import org.egate.server.biometric.DuplicateCheckParameters;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Enrollment at the counter, told as the officer sees it; images from ../shared/data. */
class EnrollmentTest {
  private final JdbcClient jdbc = TestServer.bean(JdbcClient.class);
  private static final String ADULT = "1990-05-01";

  private static Response enroll(String body) {
    return Api.asOfficer("officer1", "POST", "/api/enrollments", body);
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  @Test
  void aNationalEnrollsWithTemplatesComputedAndSealedByTheServer() {
    String passport = Samples.passportNumber();
    Response r = enroll(Samples.national(null, passport, ADULT, 165, Samples.face(1), Samples.finger(1, 101, 1), Samples.finger(1, 102, 1)));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().path("reasonCode").asString()).isEqualTo("ENROLLED");
    assertThat(r.json().path("status").asString()).isEqualTo("ACTIVE");
    assertThat(r.json().path("ruleVersion").asString()).isEqualTo("2017-03-08-fingerprints");
    String id = r.json().path("enrollmentId").asString();

    assertThat(jdbc.sql("select slot from biometric where enrollment_id = ?::uuid order by slot").param(id).query(String.class).list())
        .containsExactly("FACE", "FACE_IMAGE", "LEFT_INDEX", "RIGHT_INDEX");
    byte[] sealedImage = jdbc.sql("select sealed from biometric where enrollment_id = ?::uuid and slot = 'FACE_IMAGE'").param(id)
        .query((rs, n) -> rs.getBytes(1)).single();
    assertThat(sealedImage[0]).as("sealed format byte, not the JPEG's 0xFF").isEqualTo((byte) 1);

    Response read = Api.asOfficer("officer1", "GET", "/api/enrollments/" + id + "?why=counter%20inquiry", null);
    assertThat(read.json().path("surname").asString()).isEqualTo("LIN");
    assertThat(read.json().path("fingerprints").size()).isEqualTo(2);
    assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSONAL_DATA_READ' and actor = 'officer1' and reason = 'counter inquiry'")
        .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void theSamePassportCannotEnrollTwice() {
    String passport = Samples.passportNumber();
    assertThat(enroll(Samples.national(null, passport, ADULT, 165, Samples.face(2), Samples.finger(1, 103, 1), Samples.finger(1, 104, 1))).status())
        .isEqualTo(201);
    Response again = enroll(Samples.national(null, passport, ADULT, 165, Samples.face(3), Samples.finger(1, 105, 1), Samples.finger(1, 106, 1)));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.reasonCode()).isEqualTo("ALREADY_ENROLLED");
  }

  @Test
  void aResubmissionWithTheSameClientKeyReturnsTheFirstAnswer() {
    String passport = Samples.passportNumber();
    String body = Samples.national("counter7-" + passport, passport, ADULT, 165, Samples.face(4), Samples.finger(1, 107, 1), Samples.finger(1, 108, 1));
    Response first = enroll(body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    Response second = enroll(body);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().path("enrollmentId").asString()).isEqualTo(first.json().path("enrollmentId").asString());
    Response other = enroll(Samples.national("counter7-" + passport, Samples.passportNumber(), ADULT, 165, Samples.face(5),
        Samples.finger(1, 109, 1), Samples.finger(1, 110, 1)));
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.reasonCode()).isEqualTo("DUPLICATE_SUBMISSION");
  }

  @Test
  void theSameFingersUnderAnotherIdentityGoToTheReferralQueueAndASupervisorDecides() {
    String first = Samples.passportNumber();
    Response enrolled = enroll(Samples.national(null, first, ADULT, 170, Samples.face(6), Samples.finger(2, 101, 3), Samples.finger(2, 102, 3)));
    assertThat(enrolled.status()).isEqualTo(201);
    String candidate = enrolled.json().path("enrollmentId").asString();
    // Another passport and face, but another impression of the same two fingers: a possible duplicate, not a refusal.
    Response hit = enroll(Samples.national(null, Samples.passportNumber(), "1985-02-02", 170, Samples.face(7), Samples.finger(2, 101, 4),
        Samples.finger(2, 102, 4)));
    assertThat(hit.status()).as(hit.body()).isEqualTo(201);
    assertThat(hit.json().path("reasonCode").asString()).isEqualTo("POSSIBLE_DUPLICATE");
    assertThat(hit.json().path("status").asString()).isEqualTo("PENDING_REVIEW");
    String referral = hit.json().path("referralId").asString();

    // Why (decision 0170): the fingers hit, each as itself, at the SourceAFIS threshold of FMR 0.01 %; the faces did not.
    List<JsonNode> hits = hitsOn(hit.json().path("duplicateHits"), candidate);
    assertThat(hits).extracting(h -> h.path("modality").asString()).contains("RIGHT_INDEX").doesNotContain("FACE");
    JsonNode right = hits.stream().filter(h -> h.path("modality").asString().equals("RIGHT_INDEX")).findFirst().orElseThrow();
    assertThat(right.path("candidateModality").asString()).isEqualTo("RIGHT_INDEX");
    assertThat(right.path("threshold").asDouble()).isEqualTo(DuplicateCheckParameters.FINGER_THRESHOLD);
    assertThat(right.path("score").asDouble()).isGreaterThanOrEqualTo(DuplicateCheckParameters.FINGER_THRESHOLD);
    assertThat(right.path("fmrTarget").asString()).isEqualTo("0.0001");
    assertThat(jdbc.sql("select modality from referral_hit where referral_id = ?::uuid order by modality").param(referral).query(String.class).list())
        .as("stored with the referral").isEqualTo(hits.stream().map(h -> h.path("modality").asString()).sorted().toList());
    assertThat(jdbc.sql("select detail from audit_entry where action = 'ENROLLMENT_REFERRED' and subject = ?")
        .param("enrollment:" + hit.json().path("enrollmentId").asString()).query(String.class).single())
        .contains("referral=" + referral).contains("modalities=RIGHT_INDEX").contains("RIGHT_INDEX " + String.format(java.util.Locale.ROOT, "%.3f",
            right.path("score").asDouble()) + ">=40.000@0.0001 on " + candidate).doesNotContain("FACE");

    Response queue = Api.asOfficer("supervisor1", "GET", "/api/referrals", null);
    assertThat(queue.body()).contains(referral);
    JsonNode listed = null;
    for (JsonNode r : queue.json()) {
      if (r.path("id").asString().equals(referral)) {
        listed = r;
      }
    }
    assertThat(hitsOn(listed.path("hits"), candidate)).extracting(h -> h.path("modality").asString() + "@" + h.path("score").asDouble())
        .as("the queue shows the same hits").isEqualTo(hits.stream().map(h -> h.path("modality").asString() + "@" + h.path("score").asDouble()).toList());
    assertThat(Api.asOfficer("officer1", "GET", "/api/referrals", null).reasonCode()).isEqualTo("ROLE_MISSING");

    Response decided = Api.asOfficer("supervisor1", "POST", "/api/referrals/" + referral + "/resolution",
        "{\"approve\":true,\"note\":\"twin brother, documents checked\"}");
    assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    assertThat(decided.json().path("status").asString()).isEqualTo("APPROVED");
    Response read = Api.asOfficer("supervisor1", "GET", "/api/enrollments/" + hit.json().path("enrollmentId").asString(), null);
    assertThat(read.json().path("status").asString()).isEqualTo("ACTIVE");
  }

  @Test
  void theSamePhotographUnderAnotherIdentityIsReferred() {
    String face = Samples.face(8);
    assertThat(enroll(Samples.national(null, Samples.passportNumber(), ADULT, 170, face, Samples.finger(2, 103, 2), Samples.finger(2, 104, 2))).status())
        .isEqualTo(201);
    Response hit = enroll(Samples.national(null, Samples.passportNumber(), ADULT, 170, face, Samples.finger(2, 105, 2), Samples.finger(2, 106, 2)));
    assertThat(hit.json().path("reasonCode").asString()).as(hit.body()).isEqualTo("POSSIBLE_DUPLICATE");
    // Why (decision 0170): the face alone, its score (1 - distance) above the face threshold of FMR 0.01 %.
    JsonNode hits = hit.json().path("duplicateHits");
    assertThat(hits.size()).as(hit.body()).isEqualTo(1);
    assertThat(hits.get(0).path("modality").asString()).isEqualTo("FACE");
    assertThat(hits.get(0).path("threshold").asDouble()).isEqualTo(DuplicateCheckParameters.FACE_SCORE_THRESHOLD);
    assertThat(hits.get(0).path("score").asDouble()).isGreaterThan(DuplicateCheckParameters.FACE_SCORE_THRESHOLD);
    assertThat(hits.get(0).path("fmrTarget").asString()).isEqualTo("0.0001");
    assertThat(hit.json().path("duplicateCandidates").get(0).asString()).isEqualTo(hits.get(0).path("candidate").asString());
    assertThat(jdbc.sql("select modality, score from referral_hit where referral_id = ?::uuid")
        .param(hit.json().path("referralId").asString()).query((rs, n) -> rs.getString(1) + " " + rs.getDouble(2)).list())
        .as("stored with the referral").containsExactly("FACE " + hits.get(0).path("score").asDouble());
  }

  private static List<JsonNode> hitsOn(JsonNode hits, String candidate) {
    List<JsonNode> on = new ArrayList<>();
    for (JsonNode h : hits) {
      if (h.path("candidate").asString().equals(candidate)) {
        on.add(h);
      }
    }
    return on;
  }

  @Test
  void anIneligibleApplicantIsRefusedWithEveryUnmetRuleAndNothingIsWritten() {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Taipei"));
    long enrollments = count("enrollment");
    long travelers = count("traveler");
    // one day short of 14 and 139 cm: both rules named, the rule version cited
    Response r = enroll(Samples.national(null, Samples.passportNumber(), today.minusYears(14).plusDays(1).toString(), 139,
        Samples.face(9), Samples.finger(2, 107, 2), Samples.finger(2, 108, 2)));
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.reasonCode()).isEqualTo("UNDER_AGE");
    assertThat(r.body()).contains("TOO_SHORT").contains("2017-03-08-fingerprints");
    assertThat(r.json().path("messageZhTw").asString()).isEqualTo("未達申請年齡。");
    assertThat(count("enrollment")).isEqualTo(enrollments);
    assertThat(count("traveler")).isEqualTo(travelers);
  }

  @Test
  void badImagesAndMrzGetSpecificProblems() {
    String p = Samples.passportNumber();
    String ok = Samples.national(null, p, ADULT, 170, Samples.face(10), Samples.finger(2, 109, 2), Samples.finger(2, 110, 2));
    assertThat(enroll(ok.replaceFirst("\"faceImage\":\"[^\"]+\"", "\"faceImage\":\"not base64!\"")).reasonCode()).isEqualTo("INVALID_IMAGE");
    assertThat(enroll(ok.replaceFirst("\"faceImage\":\"[^\"]+\"", "\"faceImage\":\"aGVsbG8gd29ybGQ=\"")).reasonCode()).isEqualTo("INVALID_IMAGE");
    Response big = enroll(ok.replaceFirst("\"faceImage\":\"[^\"]+\"", "\"faceImage\":\"" + "A".repeat(1_500_000) + "\""));
    assertThat(big.status()).isEqualTo(413);
    assertThat(big.reasonCode()).isEqualTo("IMAGE_TOO_LARGE");
    Response badMrz = enroll(ok.replace("\"category\"",
        "\"mrz\":\"P<TWNLIN<<MEI<HUA<<<<<<<<<<<<<<<<<<<<<<<<<<<\\n3123456781TWN9005012F3501012<<<<<<<<<<<<<<00\",\"category\""));
    assertThat(badMrz.status()).isEqualTo(400);
    assertThat(badMrz.reasonCode()).isEqualTo("INVALID_MRZ");
    assertThat(enroll(ok.replace("\"heightCm\":170", "\"heightCm\":\"tall\"")).reasonCode()).isEqualTo("WRONG_TYPE");
    assertThat(enroll(ok.replace("\"category\":\"NATIONAL_WITH_HOUSEHOLD_REGISTRATION\"", "\"category\":\"TOURIST\"")).status()).isEqualTo(400);
    assertThat(Api.asOfficer("auditor1", "POST", "/api/enrollments", ok).reasonCode()).isEqualTo("ROLE_MISSING");
  }

  @Test
  void withdrawalErasesTheBiometrics() {
    Response r = enroll(Samples.national(null, Samples.passportNumber(), ADULT, 170, Samples.face(11), Samples.finger(3, 101, 5), Samples.finger(3, 102, 5)));
    String id = r.json().path("enrollmentId").asString();
    Response w = Api.asOfficer("officer1", "POST", "/api/enrollments/" + id + "/withdrawal", "{\"note\":\"traveler asked\"}");
    assertThat(w.status()).as(w.body()).isEqualTo(200);
    assertThat(w.json().path("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(jdbc.sql("select count(*) from biometric where enrollment_id = ?::uuid").param(id).query(Integer.class).single()).isZero();
    Response again = Api.asOfficer("officer1", "POST", "/api/enrollments/" + id + "/withdrawal", "{}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.reasonCode()).isEqualTo("ENROLLMENT_STATUS_CONFLICT");
  }
}
