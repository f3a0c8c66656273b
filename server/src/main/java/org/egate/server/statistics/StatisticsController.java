package org.egate.server.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counts for supervisors and auditors: enrollments by status, crossings by reason on a day, open referrals. No personal data. */
@RestController
class StatisticsController {
  private final JdbcClient jdbc;
  private final Clock clock;

  StatisticsController(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Statistics(LocalDate day, Map<String, Long> enrollmentsByStatus, Map<String, Long> crossingsByReason,
      Map<String, Long> crossingsByLane, long openReferrals, long activeExitBans) {}

  @GetMapping("/api/statistics")
  Statistics statistics(@RequestParam(value = "day", required = false) LocalDate day) {
    LocalDate d = day == null ? LocalDate.now(clock) : day;
    return new Statistics(d,
        counts("select status, count(*) from enrollment group by status order by status"),
        counts("select reason_code, count(*) from crossing where day = '" + d + "' group by reason_code order by reason_code"),
        counts("select lane_id, count(*) from crossing where day = '" + d + "' group by lane_id order by lane_id"),
        jdbc.sql("select count(*) from referral where status = 'OPEN'").query(Long.class).single(),
        jdbc.sql("select count(*) from exit_ban where lifted_on is null and starts_on <= ? and (ends_on is null or ends_on >= ?)")
            .params(java.sql.Date.valueOf(d), java.sql.Date.valueOf(d)).query(Long.class).single());
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> m = new LinkedHashMap<>();
    jdbc.sql(sql).query(rs -> {
      m.put(rs.getString(1), rs.getLong(2));
    });
    return m;
  }
}
