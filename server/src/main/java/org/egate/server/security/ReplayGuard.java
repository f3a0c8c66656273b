package org.egate.server.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses a lane request whose timestamp is outside the window or whose nonce was seen within it.
 * Nonces are remembered for twice the window, so anything older is refused by its timestamp
 * first. In memory: one server instance (decision 0053 says what several need).
 */
@Component
public class ReplayGuard {
  static final Duration WINDOW = Duration.ofSeconds(120);
  private final Clock clock;
  private final Map<String, Long> seen = new ConcurrentHashMap<>();

  ReplayGuard(Clock clock) {
    this.clock = clock;
  }

  enum Verdict { FRESH, EXPIRED, REPLAYED }

  Verdict check(String laneId, long timestampMillis, String nonce) {
    long now = clock.millis();
    if (Math.abs(now - timestampMillis) > WINDOW.toMillis()) {
      return Verdict.EXPIRED;
    }
    Long previous = seen.putIfAbsent(laneId + '\n' + nonce, now);
    return previous == null ? Verdict.FRESH : Verdict.REPLAYED;
  }

  @Scheduled(fixedDelay = 30_000)
  void forgetOld() {
    long cutoff = clock.millis() - 2 * WINDOW.toMillis();
    seen.values().removeIf(t -> t < cutoff);
  }
}
