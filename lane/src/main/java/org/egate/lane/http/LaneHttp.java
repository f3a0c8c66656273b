package org.egate.lane.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

/** One signed JSON POST to the server; shared by both clients. */
final class LaneHttp {

  /** What came back: status and body. */
  record Answer(int status, byte[] body) {}

  private final HttpClient client;
  private final LaneCredentials credentials;
  private final LaneRequestSigner signer;

  LaneHttp(HttpClient client, LaneCredentials credentials, LaneRequestSigner signer) {
    this.client = Objects.requireNonNull(client, "client");
    this.credentials = credentials;
    this.signer = signer;
  }

  /** The path under the lane's own resource, e.g. {@code /api/lanes/TAOYUAN-T2-D01/crossings}. */
  String lanePath(String resource) {
    return "/api/lanes/" + credentials.lane().value() + "/" + resource;
  }

  /**
   * Posts {@code body} to {@code path}.
   *
   * @throws IOException when there is no answer (refused, reset, timed out)
   */
  Answer post(String path, byte[] body) throws IOException {
    URI uri = credentials.server().resolve(path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(credentials.timeout())
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    signer.headers("POST", uri.getRawPath(), body).forEach(request::header);
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + uri, e);
    }
  }
}
