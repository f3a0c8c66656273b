package org.egate.server.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
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
    int limit = RequestLimits.bodyLimitFor(request.getRequestURI());
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      tooLarge(request, response, limit);
      return;
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      tooLarge(request, response, limit);
      return;
    }
    chain.doFilter(new BufferedRequest(request, body), response);
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
    problems.write(response, ProtocolReason.BODY_TOO_LARGE,
        "the body of " + request.getMethod() + " " + request.getRequestURI() + " may be at most " + limit + " bytes",
        request.getRequestURI());
  }
}
