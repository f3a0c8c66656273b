package org.egate.border.crossing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.egate.border.traveler.TravelerId;

/**
 * Port: crossing records. {@link #insertIfAbsent} is the idempotency primitive: an implementation must make it atomic
 * per key (a unique index on the key; concurrent duplicates yield one row and every caller sees that row).
 */
public interface CrossingRepository {
    CrossingId nextId();

    /** Stores the crossing unless one with its key exists; returns the stored one either way. */
    Crossing insertIfAbsent(Crossing crossing);

    Optional<Crossing> find(CrossingId id);

    Optional<Crossing> findByKey(IdempotencyKey key);

    /** A traveler's crossings on an Asia/Taipei day, oldest first. */
    List<Crossing> forTravelerOn(TravelerId traveler, LocalDate day);
}
