package org.egate.server.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns bad input into a specific problem+json with a reason code; never a stack trace. Messages
 * name the offending field, never its value (values may be personal data).
 */
@RestControllerAdvice
public class ProblemHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ProblemException.class)
  ProblemDetail problem(ProblemException e) {
    return e.problem();
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return unreadableBody(e.getCause());
  }

  /** The problem for a request body that could not be read into its type ({@code cause}: Jackson's exception, or null). */
  public static ProblemDetail unreadableBody(Throwable cause) {
    if (cause instanceof UnrecognizedPropertyException u) {
      return Problem.of(ProtocolReason.UNKNOWN_FIELD, "unknown field '" + u.getPropertyName() + "'");
    }
    if (cause instanceof ValueInstantiationException v) {
      Throwable root = v.getCause() == null ? v : v.getCause();
      return Problem.of(ProtocolReason.INVALID_VALUE, "at " + path(v) + ": " + root.getMessage());
    }
    if (cause instanceof InvalidFormatException f) {
      return Problem.of(ProtocolReason.WRONG_TYPE, "field " + path(f) + " must be " + f.getTargetType().getSimpleName());
    }
    if (cause instanceof MismatchedInputException m) {
      if (m.getMessage() != null && m.getMessage().contains("Missing")) {
        return Problem.of(ProtocolReason.MISSING_FIELD, "field " + path(m) + " is required");
      }
      return Problem.of(ProtocolReason.WRONG_TYPE,
          "field " + path(m) + " must be " + (m.getTargetType() == null ? "of another type" : m.getTargetType().getSimpleName()));
    }
    if (cause instanceof StreamReadException) {
      return Problem.of(ProtocolReason.MALFORMED_JSON, "the body is not well-formed JSON");
    }
    if (cause instanceof DatabindException d) {
      return Problem.of(ProtocolReason.INVALID_VALUE, "at " + path(d) + ": " + d.getOriginalMessage());
    }
    return Problem.of(ProtocolReason.MALFORMED_JSON, "the body is missing or not well-formed JSON");
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail invalid(IllegalArgumentException e) {
    return Problem.of(ProtocolReason.INVALID_VALUE, e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    Throwable root = e.getRootCause();
    return Problem.of(ProtocolReason.INVALID_VALUE,
        "parameter '" + e.getName() + "': " + (root instanceof IllegalArgumentException ? root.getMessage() : "has the wrong type"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return Problem.of(ProtocolReason.MISSING_FIELD, "parameter '" + e.getParameterName() + "' is required");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
    return Problem.of(ProtocolReason.UNSUPPORTED_MEDIA_TYPE, "content type " + e.getContentType() + " is not accepted; send application/json");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail method(HttpRequestMethodNotSupportedException e) {
    return Problem.of(ProtocolReason.METHOD_NOT_ALLOWED, e.getMethod() + " is not allowed here");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail notFound(NoResourceFoundException e) {
    return Problem.of(ProtocolReason.NOT_FOUND, "no resource at " + e.getResourcePath());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return Problem.of(ProtocolReason.ROLE_MISSING, "your role does not allow this");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("unexpected failure", e);
    return Problem.of(ProtocolReason.INTERNAL_ERROR, "internal error " + e.getClass().getSimpleName() + "; see the server log");
  }

  private static String path(DatabindException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.isEmpty() ? "(root)" : "'" + sb + "'";
  }
}
