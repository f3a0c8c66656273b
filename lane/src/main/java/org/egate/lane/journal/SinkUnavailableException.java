package org.egate.lane.journal;

/** The receiver of forwarded records cannot be reached now; the record stays in the journal. */
public final class SinkUnavailableException extends Exception {

  public SinkUnavailableException(String message) {
    super(message);
  }

  public SinkUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
