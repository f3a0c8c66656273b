package org.egate.lane.authorization;

/** The server, as the lane sees it. */
public interface AuthorizationService {

  /**
   * Asks whether the document holder may use the lane now.
   *
   * @throws AuthorizationUnavailableException when no answer came (network, server down, timeout):
   *     the lane then refuses the traveler (fails closed)
   */
  Authorization authorize(AuthorizationQuery request) throws AuthorizationUnavailableException;
}
