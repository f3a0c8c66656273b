package org.egate.server.api;

import java.net.URI;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with egate's extension member {@code reasonCode} (and, for domain
 * reasons, {@code messageZhTw}/{@code messageEn}, see {@code DomainProblem}). The type URI names
 * the reason code so clients can branch on either.
 */
public final class Problem {
  private Problem() {}

  public static ProblemDetail of(ProtocolReason reason, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(reason.status(), detail);
    p.setTitle(reason.title());
    p.setType(URI.create("urn:egate:problem:" + reason.name()));
    p.setProperty("reasonCode", reason.name());
    return p;
  }
}
