package org.egate.server.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.junit.jupiter.api.Test;

/** What an operator scrapes: health, readiness, Prometheus metrics, and the OpenAPI document. */
class OperationsTest {
  @Test
  void healthAndReadinessAreUp() {
    assertThat(Api.anonymous("GET", "/actuator/health", null).body()).contains("\"UP\"");
    assertThat(Api.anonymous("GET", "/actuator/health/readiness", null).status()).isEqualTo(200);
    assertThat(Api.anonymous("GET", "/actuator/health/liveness", null).status()).isEqualTo(200);
  }

  @Test
  void prometheusShowsTheGateMetrics() {
    Response r = Api.anonymous("GET", "/actuator/prometheus", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("egate_referrals_open").contains("egate_authorization_seconds");
  }

  @Test
  void theOpenApiDocumentListsTheEndpoints() {
    Response r = Api.anonymous("GET", "/v3/api-docs", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("\"openapi\"").contains("/api/enrollments").contains("/api/lanes/{laneId}/crossings")
        .contains("/api/stamp-requests").contains("/api/exit-bans");
  }

  @Test
  void statisticsAreCountsForSupervisorsAndAuditorsOnly() {
    Response r = Api.asOfficer("auditor1", "GET", "/api/statistics", null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().has("enrollmentsByStatus")).isTrue();
    assertThat(Api.asOfficer("officer1", "GET", "/api/statistics", null).reasonCode()).isEqualTo("ROLE_MISSING");
  }

  @Test
  void auditorsVerifyTheChainAndAdminsRotateKeysOnARunningServer() {
    Response v = Api.asOfficer("auditor1", "GET", "/api/audit/verification", null);
    assertThat(v.status()).isEqualTo(200);
    assertThat(v.json().path("intact").asBoolean()).isTrue();
    assertThat(Api.asOfficer("auditor1", "GET", "/api/audit?limit=5", null).status()).isEqualTo(200);
    assertThat(Api.asOfficer("supervisor1", "GET", "/api/audit", null).reasonCode()).isEqualTo("ROLE_MISSING");
    Response r = Api.asOfficer("admin1", "POST", "/api/keys/rotation", null);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("masterKeyId").asString()).startsWith("master-");
    assertThat(Api.asOfficer("auditor1", "POST", "/api/keys/rotation", null).reasonCode()).isEqualTo("ROLE_MISSING");
  }
}
