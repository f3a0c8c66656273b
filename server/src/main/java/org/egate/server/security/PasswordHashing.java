package org.egate.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password KDF: Argon2id (BouncyCastle), 16 MiB memory, 2 iterations (Spring Security's 5.8 defaults; decision 0053). */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {
  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }
}
