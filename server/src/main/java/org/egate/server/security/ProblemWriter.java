package org.egate.server.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.egate.server.api.Problem;
import org.egate.server.api.ProtocolReason;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json from a servlet filter, where Spring MVC's handlers do not reach. */
@Component
public class ProblemWriter {
  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(HttpServletResponse response, ProtocolReason reason, String detail, String instance) throws IOException {
    if (reason == ProtocolReason.UNAUTHENTICATED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"egate\"");
    }
    write(response, Problem.of(reason, detail), instance);
  }

  /** Writes a problem already built (its status is the response's). */
  public void write(HttpServletResponse response, ProblemDetail p, String instance) throws IOException {
    if (instance != null && p.getInstance() == null) {
      p.setInstance(java.net.URI.create(instance));
    }
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    byte[] bytes = json.writeValueAsBytes(p);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
