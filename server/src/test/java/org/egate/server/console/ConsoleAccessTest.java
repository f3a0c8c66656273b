package org.egate.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.egate.border.enrollment.EnrollmentStatus;
import org.egate.server.TestServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who may open which console page, the pages' content rules, and the audited actions that the browser tests do not click through. */
class ConsoleAccessTest {
  private static final List<String> PAGES =
      List.of("/console", "/console/board", "/console/travelers", "/console/referrals", "/console/exit-bans", "/console/statistics", "/console/audit", "/console/officers");

  /** The expected page set per role: least privilege, the same roles as the API behind each page. */
  private static final Map<String, List<String>> ALLOWED = Map.of(
      "officer1", List.of("/console", "/console/board", "/console/travelers"),
      "supervisor1", List.of("/console", "/console/board", "/console/travelers", "/console/referrals", "/console/exit-bans", "/console/statistics"),
      "admin1", List.of("/console", "/console/board", "/console/officers"),
      "auditor1", List.of("/console", "/console/statistics", "/console/audit"));

  @Test
  void eachRoleOpensExactlyItsPagesAndGetsTheForbiddenPageForTheRest() {
    ALLOWED.forEach((user, allowed) -> {
      ConsoleSession s = ConsoleSession.signedIn(user);
      for (String page : PAGES) {
        HttpResponse<String> r = s.get(page);
        if (allowed.contains(page)) {
          assertThat(r.statusCode()).as(user + " " + page).isEqualTo(200);
          assertThat(r.body()).as(user + " " + page).contains("<b id=\"me\">" + user + "</b>");
        } else {
          assertThat(r.statusCode()).as(user + " " + page).isEqualTo(403);
          assertThat(r.body()).as(user + " " + page).contains("403 Not allowed");
        }
      }
    });
  }

  @Test
  void aSignedOutBrowserIsSentToTheLoginPageAndScriptsAreServedLocally() throws Exception {
    HttpClient anonymous = HttpClient.newHttpClient();
    HttpResponse<String> board = anonymous.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/console/board")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(board.statusCode()).isEqualTo(302);
    assertThat(board.headers().firstValue("Location").orElse("")).endsWith("/login");

    for (String script : List.of("/webjars/htmx.org/dist/htmx.min.js", "/webjars/htmx-ext-sse/sse.js", "/console-assets/console.css",
        "/webjars/htmx.org/2.0.4/dist/htmx.min.js")) {
      HttpResponse<String> r = anonymous.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + script)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(script).isEqualTo(200);
    }
    String page = ConsoleSession.signedIn("supervisor1").get("/console/board").body();
    assertThat(page).containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"").contains("sse-connect=\"/console/board/events\"");
    assertThat(page).as("no CDN: every script and style sheet is served by egate").doesNotContainPattern("(src|href)=\"(https?:)?//");
  }

  @Test
  void labelsFollowTheChosenLanguage() {
    ConsoleSession s = ConsoleSession.signedIn("auditor1");
    assertThat(s.get("/console/statistics?lang=zh-TW").body()).contains("依原因代碼").contains("lang=\"zh-TW\"");
    assertThat(s.get("/console/statistics").body()).as("the choice is remembered").contains("依原因代碼");
    assertThat(s.get("/console/statistics?lang=en").body()).contains("By reason code");
  }

  @Test
  void theAuditorVerifiesTheChainFromTheAuditPage() {
    ConsoleSession s = ConsoleSession.signedIn("auditor1");
    assertThat(s.get("/console/audit?lang=en").body()).contains("Verify chain").contains("id=\"audit-entries\"");
    HttpResponse<String> verdict = s.post("/console/audit/verification", Map.of());
    assertThat(verdict.statusCode()).isEqualTo(200);
    assertThat(verdict.body()).contains("Chain intact").doesNotContain("<html");
  }

  @Test
  void aSupervisorImposesAndLiftsAnExitBanWithReasonsThatAreAudited() {
    ConsoleFixtures.Seeded t = ConsoleFixtures.enrolled("WU", "YA-TING", EnrollmentStatus.ACTIVE);
    ConsoleSession s = ConsoleSession.signedIn("supervisor1");
    s.get("/console/exit-bans?lang=en");

    HttpResponse<String> blank = s.post("/console/exit-bans", Map.of("traveler", t.traveler().toString(), "authority", "Taipei District Court", "reason", " "));
    assertThat(s.get(blank.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
        .as("a blank reason is refused").contains("Give the authority and a reason");

    s.post("/console/exit-bans", Map.of("traveler", t.traveler().toString(), "authority", "Taipei District Court", "reason", "court order 115-123"));
    assertThat(ConsoleFixtures.auditReasons("supervisor1", "EXIT_BAN_IMPOSED", "traveler:" + t.traveler())).containsExactly("court order 115-123");
    String banId = TestServer.bean(JdbcClient.class).sql("select id::text from exit_ban where traveler_id = ?").param(t.traveler())
        .query(String.class).single();
    assertThat(s.get("/console/exit-bans").body()).contains(banId);

    s.post("/console/exit-bans/" + banId + "/lifting", Map.of("reason", "order revoked on appeal"));
    assertThat(ConsoleFixtures.auditReasons("supervisor1", "EXIT_BAN_LIFTED", "traveler:" + t.traveler())).containsExactly("order revoked on appeal");
    assertThat(s.get("/console/exit-bans").body()).doesNotContain(banId);
  }

  @Test
  void aLookupWithoutAPurposeReadsNothingAndWritesNoAuditEntry() {
    ConsoleFixtures.Seeded t = ConsoleFixtures.enrolled("HSU", "AN", EnrollmentStatus.ACTIVE);
    ConsoleSession s = ConsoleSession.signedIn("officer1");
    s.get("/console/travelers?lang=en");
    String page = s.post("/console/travelers", Map.of("document", t.documentNumber(), "purpose", "")).body();
    assertThat(page).contains("Give the purpose of this lookup").doesNotContain("HSU");
    assertThat(ConsoleFixtures.auditReasons("officer1", "PERSONAL_DATA_READ", "traveler:" + t.traveler())).isEmpty();
  }

  @Test
  void anEnrollmentReferralShowsWhichModalityHitWithScoreAndThresholdInBothLanguages() {
    ConsoleFixtures.Seeded pending = ConsoleFixtures.enrolled("KUO", "MEI", EnrollmentStatus.PENDING_REVIEW);
    UUID referral = ConsoleFixtures.openReferral(pending.enrollment());
    UUID candidate = UUID.randomUUID();
    JdbcClient jdbc = TestServer.bean(JdbcClient.class);
    String insert = "insert into referral_hit (referral_id, candidate_id, modality, candidate_modality, score, threshold, fmr_target)"
        + " values (?, ?, ?, ?, ?, ?, '0.0001')";
    jdbc.sql(insert).params(referral, candidate, "FACE", "FACE", 0.8126, 0.6021).update();
    jdbc.sql(insert).params(referral, candidate, "LEFT_INDEX", "RIGHT_INDEX", 57.25, 40.0).update();
    UUID older = ConsoleFixtures.openReferral(ConsoleFixtures.enrolled("KUO", "LAN", EnrollmentStatus.PENDING_REVIEW).enrollment());

    ConsoleSession s = ConsoleSession.signedIn("supervisor1");
    String en = card(s.get("/console/referrals?lang=en").body(), "referral-" + referral);
    assertThat(en).contains(candidate.toString()).contains("Modality that hit").contains("Threshold").contains("FMR target")
        .contains("data-modality=\"FACE\"").contains("Face").contains("0.813").contains("0.602")
        .contains("data-modality=\"LEFT_INDEX\"").contains("Left index finger").contains("(against the candidate&#39;s Right index finger)")
        .contains("57.250").contains("40.000").contains("0.0001");
    assertThat(en.indexOf("Face")).as("face first").isLessThan(en.indexOf("Left index finger"));
    String zh = card(s.get("/console/referrals?lang=zh-TW").body(), "referral-" + referral);
    assertThat(zh).contains("比對相符之生物特徵").contains("分數").contains("門檻").contains("誤識率目標").contains("臉部").contains("左手食指")
        .contains("（比對對象之右手食指）").contains("57.250");
    assertThat(card(s.get("/console/referrals").body(), "referral-" + older)).as("a referral from before hits were kept")
        .contains("無比對紀錄").doesNotContain("referral-hit\"");
  }

  /** The referral card with this id on the page (up to the next card). */
  private static String card(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as(id + " on the page").isNotNegative();
    int end = page.indexOf("class=\"card", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  @Test
  void aRefusedGateDecisionIsALaneReferralThatASupervisorResolvesAndTheStatisticsCount() {
    String lane = "KAOHSIUNG-MAIN-D01";
    String key = "console-" + java.util.UUID.randomUUID();
    String body = "{\"key\":\"" + key + "\",\"traveler\":\"" + java.util.UUID.randomUUID() + "\",\"enrollment\":\""
        + java.util.UUID.randomUUID() + "\",\"occurredAt\":\"" + java.time.Instant.now() + "\",\"decision\":"
        + "{\"checks\":[{\"step\":\"FACE_MATCH\",\"failure\":\"FACE_MISMATCH\",\"elapsedMillis\":50}]}}";
    org.egate.server.Api.Response recorded = org.egate.server.Api.asLane(lane, "/api/lanes/" + lane + "/crossings", body);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    String crossing = recorded.json().path("crossingId").asString();

    ConsoleSession s = ConsoleSession.signedIn("supervisor1");
    assertThat(s.get("/console/referrals?lang=en").body()).contains("crossing-" + crossing).contains("Face verification failed.");
    s.post("/console/referrals/lanes/" + crossing, Map.of("decision", "approve", "note", "face checked by officer at counter 2"));
    assertThat(ConsoleFixtures.auditReasons("supervisor1", "OVERRIDE", "crossing:" + crossing)).containsExactly("face checked by officer at counter 2");
    assertThat(s.get("/console/referrals").body()).doesNotContain("crossing-" + crossing);
    HttpResponse<String> again = s.post("/console/referrals/lanes/" + crossing, Map.of("decision", "refuse", "note", "twice"));
    assertThat(s.get(again.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body())
        .as("a resolved referral cannot be resolved again").contains("no longer open");

    String stats = s.get("/console/statistics").body();
    assertThat(stats).contains("FACE_MISMATCH").contains("KAOHSIUNG");
  }

  @Test
  void anAdministratorClosesAndReopensALaneWithAuditedReasonsAndAnOfficerMayNot() {
    String lane = "TAICHUNG-MAIN-D02";
    ConsoleSession officer = ConsoleSession.signedIn("officer1");
    officer.get("/console/board");
    assertThat(officer.post("/console/board/lanes/" + lane, Map.of("action", "close", "reason", "x")).statusCode()).isEqualTo(403);

    ConsoleSession admin = ConsoleSession.signedIn("admin1");
    assertThat(admin.get("/console/board?lang=en").body()).contains("Close lane");
    admin.post("/console/board/lanes/" + lane, Map.of("action", "close", "reason", "door motor fault"));
    try {
      assertThat(TestServer.bean(org.egate.border.site.SiteDirectory.class).lane(org.egate.border.site.LaneId.of(lane)).orElseThrow().status())
          .isEqualTo(org.egate.border.site.LaneStatus.CLOSED);
      assertThat(admin.get("/console/board").body()).contains("Lane closed.").contains("Reopen lane");
    } finally {
      admin.post("/console/board/lanes/" + lane, Map.of("action", "reopen", "reason", "motor replaced"));
    }
    assertThat(ConsoleFixtures.auditReasons("admin1", "OVERRIDE", "lane:" + lane)).containsExactly("door motor fault", "motor replaced");
  }

  @Test
  void anAdministratorCreatesAnOfficerWhoCanThenSignIn() {
    ConsoleSession admin = ConsoleSession.signedIn("admin1");
    admin.get("/console/officers?lang=en");
    admin.post("/console/officers", Map.of("username", "console.short", "password", "short", "roles", "OFFICER"));
    assertThat(admin.get("/console/officers").body()).contains("at least 12 characters").doesNotContain(">console.short<");
    admin.post("/console/officers", Map.of("username", "console.new1", "displayName", "New Officer", "password", "a-long-enough-secret", "roles", "AUDITOR"));
    assertThat(admin.get("/console/officers").body()).contains("Officer account created.").contains(">console.new1<");
    assertThat(ConsoleFixtures.auditReasons("admin1", "OFFICER_CREATED", "officer:console.new1")).containsExactly("administration");
    // the new account signs in with its role
    ConsoleSession s = new ConsoleSession();
    java.net.http.HttpResponse<String> r = s.post("/login", Map.of("username", "console.new1", "password", "a-long-enough-secret"));
    assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/console");
    assertThat(s.get("/console/audit").statusCode()).isEqualTo(200);
  }

  @Test
  void aFormWithoutItsCsrfTokenGetsTheExpiredFormPage() {
    ConsoleSession s = ConsoleSession.signedIn("supervisor1");
    s.get("/console/referrals?lang=en");
    HttpResponse<String> r = s.postWithoutToken("/console/referrals/lanes/" + java.util.UUID.randomUUID(), Map.of("decision", "refuse", "note", "x"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("This form has expired");
  }
}
