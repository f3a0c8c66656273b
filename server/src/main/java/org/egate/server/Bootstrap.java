package org.egate.server;

import java.util.Base64;
import java.util.EnumSet;
import org.egate.border.eligibility.RuleBook;
import org.egate.border.site.SiteCatalog;
import org.egate.server.eligibility.SqlRuleBookRepository;
import org.egate.server.crypto.Aead;
import org.egate.server.security.OfficerAccounts;
import org.egate.server.security.Role;
import org.egate.server.site.SqlSiteDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start: stores the seeded sites and lanes and the seeded eligibility rule versions, and creates an {@code admin} officer with a
 * random password printed once to the log (a credential, not personal data) when there is none.
 */
@Component
@Order(1)
class Bootstrap implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

  private final SqlSiteDirectory sites;
  private final SqlRuleBookRepository rules;
  private final OfficerAccounts officers;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final boolean offline;

  Bootstrap(SqlSiteDirectory sites, SqlRuleBookRepository rules, OfficerAccounts officers, JdbcClient jdbc, TransactionTemplate tx,
      @Value("${egate.offline:false}") boolean offline, @Value("${egate.demo:false}") boolean demo) {
    this.sites = sites;
    this.rules = rules;
    this.officers = officers;
    this.jdbc = jdbc;
    this.tx = tx;
    this.offline = offline || demo; // demo: DemoData creates published demo logins instead
  }

  @Override
  public void run(ApplicationArguments args) {
    tx.executeWithoutResult(s -> {
      if (sites.seedIfEmpty(SiteCatalog.seeded())) {
        log.info("stored the seeded sites, terminals and lanes");
      }
      rules.seedIfEmpty(RuleBook.seeded());
      if (!offline && jdbc.sql("select count(*) from officer").query(Integer.class).single() == 0) {
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(Aead.randomBytes(15));
        officers.create("admin", password, EnumSet.of(Role.ADMIN), "Administrator");
        log.warn("created officer 'admin' (ADMIN) with password {} ; change it after the first login", password);
      }
    });
  }
}
