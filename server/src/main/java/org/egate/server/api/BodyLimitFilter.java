package org.egate.server.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.egate.server.security.ProblemWriter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies above {@link RequestLimits} with 413 BODY_TOO_LARGE before anything reads
 * them, by declared length or, for chunked bodies, by counting; then lets the body be read again.
 */
@Component
@Order(-200)
class BodyLimitFilter extends OncePerRequestFilter {
  private final ProblemWriter problems;

  BodyLimitFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<byte[]> body = BoundedBody.read(request, response, RequestLimits.bodyLimitFor(request.getRequestURI()), problems);
    if (body.isPresent()) {
      chain.doFilter(new BufferedRequest(request, body.get()), response);
    }
  }
}
