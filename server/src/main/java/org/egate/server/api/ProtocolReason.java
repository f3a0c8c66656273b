package org.egate.server.api;

import org.springframework.http.HttpStatus;

/**
 * Why the server refused a request before any domain rule ran: bad input, authentication,
 * authorization. Domain refusals use the border module's {@code ReasonCode}; both travel in the
 * {@code reasonCode} member of a problem.
 */
public enum ProtocolReason {
  MALFORMED_JSON(HttpStatus.BAD_REQUEST, "The request body is not well-formed JSON."),
  WRONG_TYPE(HttpStatus.BAD_REQUEST, "A field has the wrong type."),
  UNKNOWN_FIELD(HttpStatus.BAD_REQUEST, "The request has a field this endpoint does not know."),
  MISSING_FIELD(HttpStatus.BAD_REQUEST, "A required field is missing."),
  INVALID_VALUE(HttpStatus.BAD_REQUEST, "A field has an invalid value."),
  INVALID_MRZ(HttpStatus.BAD_REQUEST, "The machine-readable zone is invalid."),
  INVALID_IMAGE(HttpStatus.BAD_REQUEST, "An image could not be decoded."),
  BODY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than this endpoint accepts."),
  IMAGE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "An image is larger than this endpoint accepts."),
  UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This endpoint takes application/json."),
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "This method is not allowed here."),
  NOT_FOUND(HttpStatus.NOT_FOUND, "No such resource."),
  DUPLICATE_SUBMISSION(HttpStatus.CONFLICT, "This submission was already received with different content."),
  IDEMPOTENCY_KEY_REUSED(HttpStatus.CONFLICT, "This client key was already used for a different record."),
  STATE_CONFLICT(HttpStatus.CONFLICT, "The record is not in a state that allows this."),
  UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Authentication is required."),
  LANE_SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED, "The lane request signature is missing or invalid."),
  LANE_REQUEST_EXPIRED(HttpStatus.UNAUTHORIZED, "The lane request timestamp is outside the accepted window."),
  LANE_REQUEST_REPLAYED(HttpStatus.UNAUTHORIZED, "This lane request was already received (replay)."),
  LANE_NOT_SELF(HttpStatus.FORBIDDEN, "A lane may only act for itself."),
  ROLE_MISSING(HttpStatus.FORBIDDEN, "Your role does not allow this."),
  CSRF_TOKEN_INVALID(HttpStatus.FORBIDDEN, "The form's CSRF token is missing or invalid."),
  LOGIN_RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins; try again later."),
  INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "The server failed; the error was logged.");

  private final HttpStatus status;
  private final String title;

  ProtocolReason(HttpStatus status, String title) {
    this.status = status;
    this.title = title;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
