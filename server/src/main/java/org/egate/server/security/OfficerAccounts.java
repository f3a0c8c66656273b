package org.egate.server.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Officer accounts in table {@code officer}; passwords hashed by the configured KDF (Argon2id). */
@Component
public class OfficerAccounts implements UserDetailsService {
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
  static final int MIN_PASSWORD_LENGTH = 12;

  private final JdbcClient jdbc;
  private final PasswordEncoder encoder;
  private final Clock clock;

  OfficerAccounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
    this.jdbc = jdbc;
    this.encoder = encoder;
    this.clock = clock;
  }

  /** Creates an officer; runs in the caller's transaction. */
  public void create(String username, String password, Set<Role> roles, String displayName) {
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("username must be 3-32 lower-case letters, digits, '.', '_' or '-' but was '" + username + "'");
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (roles.isEmpty() || roles.contains(Role.LANE)) {
      throw new IllegalArgumentException("an officer needs one or more of OFFICER, SUPERVISOR, ADMIN, AUDITOR but had " + roles);
    }
    jdbc.sql("insert into officer (username, password_hash, roles, display_name, created_at) values (?, ?, ?, ?, ?)")
        .params(username, encoder.encode(password), roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            displayName, Timestamp.from(clock.instant()))
        .update();
  }

  public boolean exists(String username) {
    return jdbc.sql("select count(*) from officer where username = ?").param(username).query(Integer.class).single() > 0;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    record Row(String hash, String roles, boolean enabled) {}
    Row row =
        jdbc.sql("select password_hash, roles, enabled from officer where username = ?")
            .param(username)
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("no such officer"));
    List<String> roles = Arrays.stream(row.roles.split(",")).map(String::trim).toList();
    return User.withUsername(username)
        .password(row.hash)
        .roles(roles.toArray(String[]::new))
        .disabled(!row.enabled)
        .build();
  }
}
