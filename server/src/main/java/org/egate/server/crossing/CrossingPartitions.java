package org.egate.server.crossing;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the monthly partition of {@code crossing} for an instant's Asia/Taipei month, once, in
 * its own transaction (DDL racing with another server is harmless: {@code if not exists}, and a
 * lost race is retried by checking again).
 */
@Component
public class CrossingPartitions {
  static final ZoneId ZONE = ZoneId.of("Asia/Taipei");
  private final JdbcClient jdbc;
  private final TransactionTemplate own;
  private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

  CrossingPartitions(JdbcClient jdbc, PlatformTransactionManager txm) {
    this.jdbc = jdbc;
    this.own = new TransactionTemplate(txm);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void ensureFor(Instant at) {
    YearMonth month = YearMonth.from(at.atZone(ZONE));
    if (known.contains(month)) {
      return;
    }
    String name = String.format("crossing_y%04dm%02d", month.getYear(), month.getMonthValue());
    String from = month.atDay(1) + " 00:00:00+08";
    String to = month.plusMonths(1).atDay(1) + " 00:00:00+08";
    try {
      own.executeWithoutResult(s -> jdbc.sql("create table if not exists " + name + " partition of crossing for values from ('"
          + from + "') to ('" + to + "')").update());
    } catch (RuntimeException e) {
      Integer exists = jdbc.sql("select count(*) from pg_class where relname = ?").param(name).query(Integer.class).single();
      if (exists == 0) {
        throw e;
      }
    }
    known.add(month);
  }

  /** Keeps this month's and next month's partitions ready (at start and daily). */
  @org.springframework.scheduling.annotation.Scheduled(initialDelay = 0, fixedDelay = 24 * 3600 * 1000)
  void prepareAhead() {
    java.time.Instant now = java.time.Instant.now();
    ensureFor(now);
    ensureFor(now.atZone(ZONE).plusMonths(1).toInstant());
  }

  /** The partitions that exist, by name (for operations and tests). */
  public java.util.List<String> names() {
    return jdbc.sql("select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent"
        + " where p.relname = 'crossing' order by 1").query(String.class).list();
  }
}
