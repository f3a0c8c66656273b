package org.egate.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.egate.server.security.ProblemWriter;

/**
 * Reads a request body of at most {@code limit} bytes, refusing a larger one with 413
 * BODY_TOO_LARGE by its declared length or, for chunked bodies, by counting. Used by the general
 * API filter and the lane endpoints' own filter, which must refuse the same way.
 */
public final class BoundedBody {
  private BoundedBody() {}

  /** The body, or empty when it was too large and the 413 has been written. */
  public static Optional<byte[]> read(HttpServletRequest request, HttpServletResponse response, int limit,
      ProblemWriter problems) throws IOException {
    if (request.getContentLengthLong() > limit) {
      tooLarge(request, response, limit, problems);
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      tooLarge(request, response, limit, problems);
      return Optional.empty();
    }
    return Optional.of(body);
  }

  private static void tooLarge(HttpServletRequest request, HttpServletResponse response, int limit, ProblemWriter problems)
      throws IOException {
    problems.write(response, ProtocolReason.BODY_TOO_LARGE,
        "the body of " + request.getMethod() + " " + request.getRequestURI() + " may be at most " + limit + " bytes",
        request.getRequestURI());
  }
}
