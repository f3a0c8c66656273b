package org.egate.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source: a real PostgreSQL when {@code EGATE_DB_URL} is set (with {@code
 * EGATE_DB_USER}/{@code EGATE_DB_PASSWORD}), otherwise the embedded one under {@code
 * egate.data-dir} (default {@code ./data}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      @Value("${EGATE_DB_URL:}") String url,
      @Value("${EGATE_DB_USER:}") String user,
      @Value("${EGATE_DB_PASSWORD:}") String password,
      @Value("${egate.data-dir:data}") String dataDir,
      @Value("${egate.db.pool-size:40}") int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("egate");
    config.setMaximumPoolSize(poolSize);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    if (url.isBlank()) {
      config.setJdbcUrl(EmbeddedDatabase.jdbcUrl(Path.of(dataDir)));
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
    }
    return new HikariDataSource(config);
  }
}
