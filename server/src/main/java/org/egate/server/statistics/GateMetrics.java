package org.egate.server.statistics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.egate.border.reason.ReasonCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics: {@code egate_authorizations_total{reason}}, {@code
 * egate_crossings_total{reason}}, {@code egate_enrollments_total{reason}}, {@code
 * egate_authorization_seconds}, {@code egate_duplicate_check_seconds}, and the referral queue
 * depth {@code egate_referrals_open}.
 */
@Component
public class GateMetrics {
  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Timer authorization;
  private final Timer duplicateCheck;

  GateMetrics(MeterRegistry registry, JdbcClient jdbc) {
    this.registry = registry;
    this.authorization = Timer.builder("egate.authorization").description("lane authorization latency in the server")
        .publishPercentiles(0.5, 0.99).register(registry);
    this.duplicateCheck = Timer.builder("egate.duplicate.check").description("1:N duplicate check at enrollment")
        .publishPercentiles(0.5, 0.99).register(registry);
    Gauge.builder("egate.referrals.open", () -> jdbc.sql("select count(*) from referral where status = 'OPEN'").query(Long.class).single())
        .description("enrollments waiting in the officers' referral queue").register(registry);
  }

  public void authorization(ReasonCode reason) {
    count("egate.authorizations", reason);
  }

  public void crossing(ReasonCode reason) {
    count("egate.crossings", reason);
  }

  public void enrollment(ReasonCode reason) {
    count("egate.enrollments", reason);
  }

  public Timer authorizationTimer() {
    return authorization;
  }

  public Timer duplicateCheckTimer() {
    return duplicateCheck;
  }

  private void count(String name, ReasonCode reason) {
    counters.computeIfAbsent(name + '|' + reason, k -> Counter.builder(name).tag("reason", reason.name())
        .tag("outcome", reason.outcome().name()).register(registry)).increment();
  }
}
