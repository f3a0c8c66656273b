package org.egate.server;

import io.micrometer.observation.ObservationPredicate;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature: the clock (DESIGN.md: zone Asia/Taipei), observation settings. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(ZONE);
  }

  /**
   * No Micrometer observation around each Spring Security filter: it cost more CPU per lane
   * request than the use case itself (profiled in the authorize bench). HTTP request metrics stay.
   */
  @Bean
  ObservationPredicate noSecurityFilterObservations() {
    return (name, context) -> !name.startsWith("spring.security.");
  }
}
