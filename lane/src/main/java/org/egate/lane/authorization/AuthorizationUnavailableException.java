package org.egate.lane.authorization;

/** No answer from the server; carries what was tried and the cause. */
public final class AuthorizationUnavailableException extends Exception {

  public AuthorizationUnavailableException(String message) {
    super(message);
  }

  public AuthorizationUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
