package org.egate.server.laneapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.egate.server.Api;
import org.egate.server.Api.Response;
import org.egate.server.TestServer;
import org.egate.server.security.LaneSignature;
import org.junit.jupiter.api.Test;

/** The lane endpoints as the filter ahead of Spring MVC serves them: the same problems, and what it leaves to MVC. */
class LaneEndpointFilterTest {
  private static final String LANE = "TAOYUAN-T2-D01";
  private static final String PATH = "/api/lanes/" + LANE + "/authorizations";

  private static HttpRequest signed(String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String ts = Long.toString(System.currentTimeMillis());
    String nonce = UUID.randomUUID().toString();
    String signature = LaneSignature.sign(TestServer.laneSecret(LANE), LaneSignature.canonical("POST", PATH, LANE, ts, nonce, bytes));
    return HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + PATH)).header("Content-Type", contentType)
        .header(LaneSignature.LANE, LANE).header(LaneSignature.TIMESTAMP, ts).header(LaneSignature.NONCE, nonce)
        .header(LaneSignature.SIGNATURE, signature).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
  }

  @Test
  void bodyErrorsGetTheSameProblemsAsFromSpringMvc() {
    Response unknown = Api.send(signed("application/json", "{\"document\":{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"1\"},\"x\":1}"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.reasonCode()).isEqualTo("UNKNOWN_FIELD");
    assertThat(unknown.json().path("instance").asString()).isEqualTo(PATH);
    assertThat(Api.send(signed("application/json", "{\"document\":")).reasonCode()).isEqualTo("MALFORMED_JSON");
    assertThat(Api.send(signed("application/json", "")).reasonCode()).isEqualTo("MALFORMED_JSON");
    assertThat(Api.send(signed("application/json", "null")).reasonCode()).isEqualTo("MALFORMED_JSON");
    assertThat(Api.send(signed("application/json; charset=UTF-8", "{}")).reasonCode()).isEqualTo("MISSING_FIELD");
  }

  @Test
  void anOversizedLaneBodyIsRefusedWith413LikeAnyApiBody() {
    Response r = Api.send(signed("application/json", "{\"x\":\"" + "a".repeat(70_000) + "\"}"));
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.reasonCode()).isEqualTo("BODY_TOO_LARGE");
  }

  @Test
  void anAnswerIsJsonWithTheDecision() {
    Response r = Api.send(signed("application/json", "{\"document\":{\"kind\":\"ROC_PASSPORT\",\"issuer\":\"TWN\",\"number\":\"X00000001\"}}"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.json().path("reasonCode").asString()).isEqualTo("NOT_ENROLLED");
    assertThat(r.json().path("laneId").asString()).isEqualTo(LANE);
  }

  @Test
  void anotherContentTypeIsLeftToSpringMvcWhichRefusesIt() {
    Response r = Api.send(signed("text/plain", "{}"));
    assertThat(r.status()).isEqualTo(415);
    assertThat(r.reasonCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }
}
