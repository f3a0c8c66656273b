package org.egate.server;

import java.time.Clock;
import org.egate.border.authorization.GateRecords;
import org.egate.border.authorization.LaneAuthorizer;
import org.egate.border.crossing.CrossingLog;
import org.egate.border.eligibility.EligibilityPolicy;
import org.egate.border.eligibility.RuleBookRepository;
import org.egate.border.enrollment.DuplicateSearch;
import org.egate.border.enrollment.EnrollmentDesk;
import org.egate.border.enrollment.EnrollmentRepository;
import org.egate.border.exitban.ExitBanRepository;
import org.egate.border.identity.LostStolenDocuments;
import org.egate.border.traveler.TravelerRepository;
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
  EligibilityPolicy eligibilityPolicy(RuleBookRepository rules, ExitBanRepository exitBans, LostStolenDocuments lostStolen, SiteDirectory sites) {
    return new EligibilityPolicy(rules, exitBans, lostStolen, sites);
  }

  @Bean
  EnrollmentDesk enrollmentDesk(EligibilityPolicy policy, EnrollmentRepository enrollments, TravelerRepository travelers,
      DuplicateSearch duplicates, Clock clock) {
    return new EnrollmentDesk(policy, enrollments, travelers, duplicates, clock);
  }

  @Bean
  LaneAuthorizer laneAuthorizer(SiteDirectory sites, GateRecords records, RuleBookRepository rules, Clock clock) {
    return new LaneAuthorizer(sites, records, rules, clock);
  }

  @Bean
  StampDesk stampDesk(CrossingRepository crossings, StampRequestRepository stamps, Clock clock) {
    return new StampDesk(crossings, stamps, clock);
  }
}
