package org.egate.lane.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.egate.border.site.LaneId;

/**
 * Where the server is and who this lane is to it: base URI, lane id, the lane's HMAC secret (issued
 * once by an administrator) and how long to wait for an answer.
 */
public record LaneCredentials(URI server, LaneId lane, byte[] secret, Duration timeout) {

  public LaneCredentials {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(timeout, "timeout");
    if (secret.length < 16) {
      throw new IllegalArgumentException("a lane secret must be at least 16 bytes but was " + secret.length);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive but was " + timeout);
    }
    secret = secret.clone();
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "LaneCredentials[" + server + ", " + lane + ", secret hidden, " + timeout + "]";
  }
}
