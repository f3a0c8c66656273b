package org.egate.lane.authorization;

import java.time.Instant;
import java.util.Objects;
import org.egate.border.site.LaneId;
import org.egate.lane.TransactionId;
import org.egate.lane.device.MrzText;

/**
 * What the lane asks: this document (its MRZ as read), at this lane, in this transaction, now. The
 * server turns it into the domain's {@code org.egate.border.authorization.AuthorizationRequest}.
 */
public record AuthorizationQuery(LaneId lane, TransactionId transaction, MrzText mrz, Instant at) {

  public AuthorizationQuery {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(mrz, "mrz");
    Objects.requireNonNull(at, "at");
  }
}
