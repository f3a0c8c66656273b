package org.egate.server.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.egate.server.TestServer;

/** A browser-like HTTP session (cookies, CSRF tokens taken from the pages, Accept: text/html) for fast console tests. */
final class ConsoleSession {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final String base = TestServer.baseUrl();
  private String csrf;

  static ConsoleSession signedIn(String user) {
    ConsoleSession s = new ConsoleSession();
    HttpResponse<String> r = s.post("/login", Map.of("username", user, "password", TestServer.PASSWORD));
    if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/console")) {
      throw new IllegalStateException(user + " could not sign in: " + r.statusCode() + " " + r.headers().map());
    }
    return s;
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  /** Posts a form with the CSRF token of the last page read (reading the login page first if none). */
  HttpResponse<String> post(String path, Map<String, String> fields) {
    if (csrf == null) {
      get("/login");
    }
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    String body = all.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Posts a form without any CSRF token (what a forged cross-site form would send). */
  HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
