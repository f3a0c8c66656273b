package org.egate.server.laneapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.egate.server.api.BoundedBody;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProblemHandler;
import org.egate.server.api.ProtocolReason;
import org.egate.server.api.RequestLimits;
import org.egate.server.authorization.AuthorizationController;
import org.egate.server.crossing.CrossingController;
import org.egate.server.security.LaneAuthenticator;
import org.egate.server.security.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves {@code POST /api/lanes/{lane}/authorizations} and {@code .../crossings} with a JSON body
 * before Spring MVC, its per-request observation and the security filter chain (decision 0091):
 * the body limit, the lane's signature, replay and self checks ({@link LaneAuthenticator}), the
 * JSON read and written by readers and writers made once from the application's mapper, and the
 * same controller methods MVC would call. Errors become the same problem+json answers
 * ({@link ProblemHandler#unreadableBody}, {@link ProblemException}). Anything else (another method
 * or content type, an encoded path) passes through to the usual chain, which answers as before.
 * {@code egate.lane-endpoint-filter=false} switches it off (for A/B measurements).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LaneEndpointFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(LaneEndpointFilter.class);
  private static final String PREFIX = "/api/lanes/";
  private static final String AUTHORIZATIONS = "/authorizations";
  private static final String CROSSINGS = "/crossings";

  private final boolean enabled;
  private final LaneAuthenticator authenticator;
  private final ProblemWriter problems;
  private final AuthorizationController authorizations;
  private final CrossingController crossings;
  private final ObjectReader questionReader;
  private final ObjectWriter answerWriter;
  private final ObjectReader crossingReader;
  private final ObjectWriter crossingAnswerWriter;

  LaneEndpointFilter(@Value("${egate.lane-endpoint-filter:true}") boolean enabled, LaneAuthenticator authenticator, ProblemWriter problems,
      AuthorizationController authorizations, CrossingController crossings, JsonMapper json) {
    this.enabled = enabled;
    this.authenticator = authenticator;
    this.problems = problems;
    this.authorizations = authorizations;
    this.crossings = crossings;
    this.questionReader = json.readerFor(AuthorizationController.Question.class);
    this.answerWriter = json.writerFor(AuthorizationController.Answer.class);
    this.crossingReader = json.readerFor(CrossingController.CrossingBody.class);
    this.crossingAnswerWriter = json.writerFor(CrossingController.CrossingAnswer.class);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !enabled || laneOf(request) == null;
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return true;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return true;
  }

  /** The lane in the path of a request this filter serves, or null to let the usual chain serve it. */
  private static String laneOf(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return null;
    }
    String uri = request.getRequestURI();
    if (!uri.startsWith(PREFIX) || uri.indexOf('%') >= 0 || uri.indexOf(';') >= 0) {
      return null;
    }
    int slash = uri.indexOf('/', PREFIX.length());
    if (slash <= PREFIX.length()) {
      return null;
    }
    String rest = uri.substring(slash);
    if (!rest.equals(AUTHORIZATIONS) && !rest.equals(CROSSINGS)) {
      return null;
    }
    String type = request.getContentType();
    if (type == null || !type.regionMatches(true, 0, "application/json", 0, 16)
        || (type.length() > 16 && type.charAt(16) != ';' && type.charAt(16) != ' ')) {
      return null;
    }
    String accept = request.getHeader("Accept");
    if (accept != null && !accept.contains("json") && !accept.contains("*/*")) {
      return null;
    }
    return uri.substring(PREFIX.length(), slash);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI();
    String lane = laneOf(request);
    Optional<byte[]> bounded = BoundedBody.read(request, response, RequestLimits.DEFAULT_BODY_BYTES, problems);
    if (bounded.isEmpty()) {
      return;
    }
    byte[] body = bounded.get();
    Optional<Authentication> auth = authenticator.authenticate(request, body, lane, response);
    if (auth.isEmpty()) {
      return;
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth.get());
    SecurityContextHolder.setContext(context);
    try {
      if (path.endsWith(AUTHORIZATIONS)) {
        AuthorizationController.Question q = read(questionReader, body);
        write(response, 200, answerWriter.writeValueAsBytes(authorizations.authorize(lane, q)));
      } else {
        CrossingController.CrossingBody b = read(crossingReader, body);
        ResponseEntity<CrossingController.CrossingAnswer> answer = crossings.ingest(lane, b);
        write(response, answer.getStatusCode().value(), crossingAnswerWriter.writeValueAsBytes(answer.getBody()));
      }
    } catch (ProblemException e) {
      problems.write(response, e.problem(), path);
    } catch (JacksonException e) {
      problems.write(response, ProblemHandler.unreadableBody(e), path);
    } catch (IllegalArgumentException e) {
      problems.write(response, org.egate.server.api.Problem.of(ProtocolReason.INVALID_VALUE, e.getMessage()), path);
    } catch (RuntimeException e) {
      log.error("unexpected failure", e);
      ProblemDetail p = org.egate.server.api.Problem.of(ProtocolReason.INTERNAL_ERROR,
          "internal error " + e.getClass().getSimpleName() + "; see the server log");
      problems.write(response, p, path);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The body as {@code type}; an empty body or JSON {@code null} is refused as MVC refuses a missing body. */
  private static <T> T read(ObjectReader reader, byte[] body) {
    T value = body.length == 0 ? null : reader.readValue(body);
    if (value == null) {
      throw new ProblemException(ProblemHandler.unreadableBody(null));
    }
    return value;
  }

  private static void write(HttpServletResponse response, int status, byte[] json) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setContentLength(json.length);
    response.getOutputStream().write(json);
  }
}
