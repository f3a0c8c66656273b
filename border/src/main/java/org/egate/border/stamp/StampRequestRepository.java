package org.egate.border.stamp;

import java.util.Optional;
import org.egate.border.crossing.CrossingId;

/** Port: granted stamp requests; at most one per crossing. */
public interface StampRequestRepository {
    StampRequestId nextId();

    void save(StampRequest request);

    Optional<StampRequest> forCrossing(CrossingId crossing);
}
