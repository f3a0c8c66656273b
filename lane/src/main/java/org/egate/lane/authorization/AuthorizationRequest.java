package org.egate.lane.authorization;

import java.time.Instant;
import java.util.Objects;
import org.egate.border.site.LaneId;
import org.egate.lane.TransactionId;
import org.egate.lane.device.MrzText;

/** What the lane asks: this document, at this lane, in this transaction, now. */
public record AuthorizationRequest(LaneId lane, TransactionId transaction, MrzText mrz, Instant at) {

  public AuthorizationRequest {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(mrz, "mrz");
    Objects.requireNonNull(at, "at");
  }
}
