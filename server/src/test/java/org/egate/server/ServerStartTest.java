package org.egate.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ServerStartTest {
  @Test
  void startsOnTheEmbeddedDatabaseWithTheSchemaMigrated() {
    JdbcClient jdbc = TestServer.bean(JdbcClient.class);
    assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
        .isGreaterThanOrEqualTo(1);
    assertThat(TestServer.dataDir().resolve("postgres")).isDirectory();
  }
}
