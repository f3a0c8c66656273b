package org.egate.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login rate limiting: after {@link #MAX_FAILURES} failed logins for one user name within {@link
 * #WINDOW}, further attempts for that name are refused (429) until the window passes, whatever
 * the password. Counting per name (not per address) stops guessing one officer's password from
 * many machines.
 */
@Component
public class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  public boolean blocked(String username) {
    Failures f = failures.get(normalize(username));
    return f != null && f.count >= MAX_FAILURES && clock.millis() - f.firstMillis < WINDOW.toMillis();
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    String name = String.valueOf(event.getAuthentication().getPrincipal());
    long now = clock.millis();
    failures.compute(
        normalize(name),
        (k, f) -> f == null || now - f.firstMillis >= WINDOW.toMillis() ? new Failures(now, 1) : new Failures(f.firstMillis, f.count + 1));
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    failures.remove(normalize(event.getAuthentication().getName()));
  }

  private static String normalize(String username) {
    return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private record Failures(long firstMillis, int count) {}
}
