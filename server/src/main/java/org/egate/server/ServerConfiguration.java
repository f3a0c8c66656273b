package org.egate.server;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by every feature: the clock (DESIGN.md: zone Asia/Taipei). */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
