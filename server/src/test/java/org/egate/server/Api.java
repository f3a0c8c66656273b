package org.egate.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.egate.server.security.LaneSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: officers by HTTP Basic, lanes by signature. */
public final class Api {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  public static final JsonMapper JSON = JsonMapper.builder().build();

  private Api() {}

  public record Response(int status, String contentType, String body) {
    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String reasonCode() {
      return json().path("reasonCode").asString();
    }
  }

  public static Response asOfficer(String user, String method, String path, String body) {
    HttpRequest.Builder b = request(method, path, body)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    return send(b.build());
  }

  public static Response withPassword(String user, String password, String method, String path) {
    HttpRequest.Builder b = request(method, path, null)
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return send(b.build());
  }

  public static Response anonymous(String method, String path, String body) {
    return send(request(method, path, body).build());
  }

  /** A request signed by {@code signingLane}'s secret, naming {@code signingLane} in the header. */
  public static Response asLane(String signingLane, String path, String body) {
    return asLane(signingLane, path, body, System.currentTimeMillis(), UUID.randomUUID().toString());
  }

  public static Response asLane(String signingLane, String path, String body, long timestamp, String nonce) {
    return send(signedLaneRequest(signingLane, path, body, timestamp, nonce));
  }

  public static HttpRequest signedLaneRequest(String lane, String path, String body, long timestamp, String nonce) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String ts = Long.toString(timestamp);
    String signature = LaneSignature.sign(TestServer.laneSecret(lane), LaneSignature.canonical("POST", path, lane, ts, nonce, bytes));
    return request("POST", path, body)
        .header(LaneSignature.LANE, lane)
        .header(LaneSignature.TIMESTAMP, ts)
        .header(LaneSignature.NONCE, nonce)
        .header(LaneSignature.SIGNATURE, signature)
        .build();
  }

  public static Response send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.Builder request(String method, String path, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path));
    if (body == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
  }
}
