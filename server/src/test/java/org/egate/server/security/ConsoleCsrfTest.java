package org.egate.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egate.server.TestServer;
import org.junit.jupiter.api.Test;

/** The console's login form carries a CSRF token; a form post without it is refused. */
class ConsoleCsrfTest {
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void loginWithoutTheCsrfTokenIsRefusedAndWithItSucceeds() throws Exception {
    String base = TestServer.baseUrl();
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(m.find()).as("login page has a CSRF field").isTrue();

    HttpResponse<String> without = browser.send(form(base, "username=officer1&password=" + TestServer.PASSWORD), HttpResponse.BodyHandlers.ofString());
    assertThat(without.statusCode()).isEqualTo(403);
    assertThat(without.body()).contains("CSRF_TOKEN_INVALID");

    HttpResponse<String> with = browser.send(
        form(base, "username=officer1&password=" + TestServer.PASSWORD + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)),
        HttpResponse.BodyHandlers.ofString());
    assertThat(with.statusCode()).isEqualTo(302);
    assertThat(with.headers().firstValue("Location").orElse("")).endsWith("/console");

    HttpResponse<String> console = browser.send(HttpRequest.newBuilder(URI.create(base + "/console")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(console.body()).contains("Signed in as <b>officer1</b>").contains("name=\"_csrf\"");
  }

  private static HttpRequest form(String base, String body) {
    return HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }
}
