package org.egate.lane.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tiny HTTP server on a free local port that checks lane signatures independently of the
 * client's code and answers with a canned status and body.
 */
final class StubServer implements AutoCloseable {

  record Received(String path, String lane, boolean signatureValid, String body) {}

  private final HttpServer server;
  private final byte[] secret;
  final List<Received> received = new ArrayList<>();
  volatile int status = 201;
  volatile String answer = "{}";

  StubServer(byte[] secret) throws IOException {
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getRawPath();
    String lane = exchange.getRequestHeaders().getFirst("Egate-Lane");
    String canonical = String.join("\n", exchange.getRequestMethod(), path, lane,
        exchange.getRequestHeaders().getFirst("Egate-Timestamp"), exchange.getRequestHeaders().getFirst("Egate-Nonce"),
        hex(body));
    boolean valid = hmac(canonical).equals(exchange.getRequestHeaders().getFirst("Egate-Signature"));
    synchronized (received) {
      received.add(new Received(path, lane, valid, new String(body, StandardCharsets.UTF_8)));
    }
    byte[] out = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length);
    exchange.getResponseBody().write(out);
    exchange.close();
  }

  private String hmac(String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
