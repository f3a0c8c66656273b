package org.egate.server.security;

import static org.egate.server.security.Role.ADMIN;
import static org.egate.server.security.Role.AUDITOR;
import static org.egate.server.security.Role.LANE;
import static org.egate.server.security.Role.OFFICER;
import static org.egate.server.security.Role.SUPERVISOR;

import jakarta.servlet.DispatcherType;
import org.egate.server.api.ProtocolReason;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Least privilege per endpoint, in one table. Two chains: the API ({@code /api/**}) is stateless
 * (officers by HTTP Basic, lanes by signature; no cookies, so no CSRF to defend against), the
 * console ({@code /login}, {@code /console/**}) uses a session with form login and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /** No observation around each security filter: it cost more CPU per lane request than the use case (bench profile). */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, LaneAuthenticator lanes, LoginThrottle throttle, ProblemWriter problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) ->
            problems.write(res, ProtocolReason.UNAUTHENTICATED, "log in with an officer account (HTTP Basic)", req.getRequestURI())))
        .exceptionHandling(x -> x
            .authenticationEntryPoint((req, res, e) ->
                problems.write(res, ProtocolReason.UNAUTHENTICATED, "log in with an officer account (HTTP Basic)", req.getRequestURI()))
            .accessDeniedHandler((req, res, e) ->
                problems.write(res, ProtocolReason.ROLE_MISSING, "your role may not " + req.getMethod() + " " + req.getRequestURI(), req.getRequestURI())))
        .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
        .addFilterBefore(new LaneAuthenticationFilter(lanes), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(a -> a
            // lanes, each only for itself (checked by LaneAuthenticationFilter)
            .requestMatchers(HttpMethod.POST, "/api/lanes/*/authorizations", "/api/lanes/*/crossings").hasRole(LANE.name())
            // enrollment counter
            .requestMatchers(HttpMethod.POST, "/api/enrollments").hasRole(OFFICER.name())
            .requestMatchers(HttpMethod.GET, "/api/enrollments/*").hasAnyRole(OFFICER.name(), SUPERVISOR.name())
            .requestMatchers(HttpMethod.POST, "/api/enrollments/*/withdrawal").hasAnyRole(OFFICER.name(), SUPERVISOR.name())
            .requestMatchers(HttpMethod.POST, "/api/enrollments/*/suspension", "/api/enrollments/*/reinstatement").hasRole(SUPERVISOR.name())
            .requestMatchers(HttpMethod.POST, "/api/stamp-requests").hasRole(OFFICER.name())
            // supervision
            .requestMatchers("/api/referrals", "/api/referrals/**").hasRole(SUPERVISOR.name())
            .requestMatchers("/api/exit-bans", "/api/exit-bans/**").hasRole(SUPERVISOR.name())
            .requestMatchers("/api/revoked-documents", "/api/revoked-documents/**").hasRole(SUPERVISOR.name())
            .requestMatchers(HttpMethod.POST, "/api/lanes/*/closure", "/api/lanes/*/reopening").hasAnyRole(SUPERVISOR.name(), ADMIN.name())
            // administration
            .requestMatchers(HttpMethod.GET, "/api/sites", "/api/lanes").hasAnyRole(OFFICER.name(), SUPERVISOR.name(), ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/lanes", "/api/lanes/*/credentials").hasRole(ADMIN.name())
            .requestMatchers("/api/officers", "/api/officers/**").hasRole(ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/api/keys/rotation").hasRole(ADMIN.name())
            // oversight: auditors see the log and counts, never personal records
            .requestMatchers("/api/audit", "/api/audit/**").hasRole(AUDITOR.name())
            .requestMatchers(HttpMethod.GET, "/api/statistics").hasAnyRole(SUPERVISOR.name(), AUDITOR.name())
            .anyRequest().denyAll());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain console(HttpSecurity http, LoginThrottle throttle, ProblemWriter problems) throws Exception {
    http.addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console", true).permitAll())
        .logout(Customizer.withDefaults())
        .exceptionHandling(x -> x.accessDeniedHandler((req, res, e) -> {
          if (wantsHtml(req)) {
            // a browser gets the console's 403 page (it tells a stale form from a missing role)
            req.setAttribute("egate.csrf", e instanceof CsrfException);
            res.setStatus(403);
            req.getRequestDispatcher("/console/denied").forward(req, res);
          } else if (e instanceof CsrfException) {
            problems.write(res, ProtocolReason.CSRF_TOKEN_INVALID, "the form's CSRF token is missing or invalid; reload the page", req.getRequestURI());
          } else {
            problems.write(res, ProtocolReason.ROLE_MISSING, "your role may not open " + req.getRequestURI(), req.getRequestURI());
          }
        }))
        .authorizeHttpRequests(a -> a
            // the 403 page (forwarded to) and SSE completions (async) re-enter the chain after a decision was made
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info").permitAll()
            .requestMatchers("/login", "/error").permitAll()
            .requestMatchers(HttpMethod.GET, "/webjars/**", "/console-assets/**").permitAll()
            // officer console: the same roles as the API behind each page (see the api chain above)
            .requestMatchers(HttpMethod.POST, "/console/board/lanes/*").hasAnyRole(SUPERVISOR.name(), ADMIN.name())
            .requestMatchers("/console/board", "/console/board/**").hasAnyRole(OFFICER.name(), SUPERVISOR.name(), ADMIN.name())
            .requestMatchers("/console/travelers", "/console/travelers/**").hasAnyRole(OFFICER.name(), SUPERVISOR.name())
            .requestMatchers("/console/referrals", "/console/referrals/**").hasRole(SUPERVISOR.name())
            .requestMatchers("/console/exit-bans", "/console/exit-bans/**").hasRole(SUPERVISOR.name())
            .requestMatchers("/console/statistics").hasAnyRole(SUPERVISOR.name(), AUDITOR.name())
            .requestMatchers("/console/audit", "/console/audit/**").hasRole(AUDITOR.name())
            .requestMatchers("/console/officers").hasRole(ADMIN.name())
            .requestMatchers("/console", "/console/denied").hasAnyRole(OFFICER.name(), SUPERVISOR.name(), ADMIN.name(), AUDITOR.name())
            .anyRequest().denyAll());
    return http.build();
  }

  private static boolean wantsHtml(jakarta.servlet.http.HttpServletRequest req) {
    String accept = req.getHeader("Accept");
    return accept != null && accept.contains("text/html");
  }
}
