package org.egate.server.crossing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.egate.server.TestServer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class CrossingIngestTest {
  static final String LANE = "KAOHSIUNG-MAIN-D01";
  static final String PATH = "/api/lanes/" + LANE + "/crossings";
  static final String CLEARED = "{\"checks\":[{\"step\":\"FACE_MATCH\",\"measurement\":{\"score\":0.8,\"threshold\":0.5,\"higherIsBetter\":true,\"source\":\"test\"},\"elapsedMillis\":50}]}";
  static final String FACE_MISMATCH = "{\"checks\":[{\"step\":\"FACE_MATCH\",\"failure\":\"FACE_MISMATCH\",\"elapsedMillis\":50}]}";

  private final JdbcClient jdbc = TestServer.bean(JdbcClient.class);

  static String body(String key, Instant at, String decision) {
    return "{\"key\":\"" + key + "\",\"traveler\":\"" + UUID.nameUUIDFromBytes(key.getBytes()) + "\",\"enrollment\":\""
        + UUID.nameUUIDFromBytes(("e" + key).getBytes()) + "\",\"occurredAt\":\"" + at + "\",\"decision\":" + decision + "}";
  }

  @Test
  void aCrossingIsRecordedOnceAndARetryIsADuplicate() {
    String key = "lane-k-" + UUID.randomUUID();
    Instant at = Instant.now();
    Response first = Api.asLane(LANE, PATH, body(key, at, CLEARED));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().path("status").asString()).isEqualTo("RECORDED");
    assertThat(first.json().path("reasonCode").asString()).isEqualTo("CLEARED");
    Response retry = Api.asLane(LANE, PATH, body(key, at, CLEARED));
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().path("status").asString()).isEqualTo("DUPLICATE");
    assertThat(retry.json().path("crossingId").asString()).isEqualTo(first.json().path("crossingId").asString());
  }

  @Test
  void theSameKeyWithOtherFactsIsRefused() {
    String key = "lane-k-" + UUID.randomUUID();
    Instant at = Instant.now();
    assertThat(Api.asLane(LANE, PATH, body(key, at, CLEARED)).status()).isEqualTo(201);
    Response other = Api.asLane(LANE, PATH, body(key, at, FACE_MISMATCH));
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.reasonCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(other.json().path("messageZhTw").asString()).isNotBlank();
  }

  @Test
  void concurrentDuplicatesAreStoredOnce() throws Exception {
    String key = "lane-k-" + UUID.randomUUID();
    String b = body(key, Instant.now(), CLEARED);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> Api.asLane(LANE, PATH, b)));
      }
      int created = 0;
      int duplicates = 0;
      for (Future<Response> f : futures) {
        int status = f.get().status();
        created += status == 201 ? 1 : 0;
        duplicates += status == 200 ? 1 : 0;
      }
      assertThat(created).isEqualTo(1);
      assertThat(duplicates).isEqualTo(15);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.sql("select count(*) from crossing where client_key = ?").param(key).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void crossingsGoToTheirAsiaTaipeiMonthsPartition() {
    // 2026-03-31T16:30Z is 2026-04-01 00:30 in Taipei: the April partition.
    String key = "lane-k-" + UUID.randomUUID();
    assertThat(Api.asLane(LANE, PATH, body(key, Instant.parse("2026-03-31T16:30:00Z"), CLEARED)).status()).isEqualTo(201);
    String partition = jdbc.sql("select tableoid::regclass::text from crossing where client_key = ?").param(key).query(String.class).single();
    assertThat(partition).isEqualTo("crossing_y2026m04");
  }

  @Test
  void badInputGetsASpecificProblemAndWritesNothing() {
    long before = jdbc.sql("select count(*) from crossing_key").query(Long.class).single();
    assertThat(Api.asLane(LANE, PATH, "{\"key\": ").reasonCode()).isEqualTo("MALFORMED_JSON");
    assertThat(Api.asLane(LANE, PATH, body("lane-k-x-unknown", Instant.now(), CLEARED).replace("{\"key\"", "{\"colour\":1,\"key\"")).reasonCode())
        .isEqualTo("UNKNOWN_FIELD");
    assertThat(Api.asLane(LANE, PATH, body("lane-k-wrongtype", Instant.now(), CLEARED).replaceFirst("\"occurredAt\":\"[^\"]+\"", "\"occurredAt\":[1]")).reasonCode())
        .isEqualTo("WRONG_TYPE");
    assertThat(Api.asLane(LANE, PATH, "{\"key\":\"lane-k-missing\"}").reasonCode()).isEqualTo("MISSING_FIELD");
    Response badKey = Api.asLane(LANE, PATH, body("short", Instant.now(), CLEARED));
    assertThat(badKey.status()).isEqualTo(400);
    assertThat(badKey.reasonCode()).isEqualTo("INVALID_VALUE");
    assertThat(badKey.body()).contains("idempotency key");
    assertThat(Api.asLane(LANE, PATH, body("lane-k-noreason", Instant.now(), "{\"reason\":\"CLEARED\",\"checks\":" + FACE_MISMATCH.substring(10)))
        .reasonCode()).isEqualTo("INVALID_VALUE");
    assertThat(jdbc.sql("select count(*) from crossing_key").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aSameDayCrossingIsStampedOnce() {
    Response crossing = Api.asLane(LANE, PATH, body("lane-k-" + UUID.randomUUID(), Instant.now(), CLEARED));
    String id = crossing.json().path("crossingId").asString();
    String stamp = "{\"crossing\":\"" + id + "\",\"counter\":\"KAOHSIUNG\"}";
    Response first = Api.asOfficer("officer1", "POST", "/api/stamp-requests", stamp);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().path("reasonCode").asString()).isEqualTo("STAMPED");
    Response again = Api.asOfficer("officer1", "POST", "/api/stamp-requests", stamp);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.reasonCode()).isEqualTo("ALREADY_STAMPED");
    Response unknown = Api.asOfficer("officer1", "POST", "/api/stamp-requests", "{\"crossing\":\"" + UUID.randomUUID() + "\",\"counter\":\"KAOHSIUNG\"}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.reasonCode()).isEqualTo("CROSSING_NOT_FOUND");
  }
}
