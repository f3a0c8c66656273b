package org.egate.server;

import java.time.Clock;
import org.egate.border.crossing.CrossingLog;
import org.egate.border.crossing.CrossingRepository;
import org.egate.border.site.SiteDirectory;
import org.egate.border.stamp.StampDesk;
import org.egate.border.stamp.StampRequestRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The border module's use cases, wired to the SQL repositories. The rules stay in the domain. */
@Configuration(proxyBeanMethods = false)
class UseCases {
  @Bean
  CrossingLog crossingLog(CrossingRepository crossings, SiteDirectory sites) {
    return new CrossingLog(crossings, sites);
  }

  @Bean
  StampDesk stampDesk(CrossingRepository crossings, StampRequestRepository stamps, Clock clock) {
    return new StampDesk(crossings, stamps, clock);
  }
}
