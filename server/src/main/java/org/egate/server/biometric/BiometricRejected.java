package org.egate.server.biometric;

import org.egate.border.reason.ReasonCode;
import org.egate.server.api.ProtocolReason;

/**
 * An image that cannot become a template: undecodable or oversized (a protocol problem, 4xx with
 * a {@link ProtocolReason}) or of too low quality (a domain reason such as {@code
 * FINGER_QUALITY_TOO_LOW}).
 */
public final class BiometricRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient ProtocolReason protocol;
  private final transient ReasonCode domain;

  public BiometricRejected(ProtocolReason protocol, String message) {
    super(message);
    this.protocol = protocol;
    this.domain = null;
  }

  public BiometricRejected(ReasonCode domain, String message) {
    super(message);
    this.protocol = null;
    this.domain = domain;
  }

  public ProtocolReason protocol() {
    return protocol;
  }

  public ReasonCode domain() {
    return domain;
  }
}
