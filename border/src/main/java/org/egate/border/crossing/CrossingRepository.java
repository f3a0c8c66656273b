package org.egate.border.crossing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * {@link #insertIfAbsent} for several crossings at once (a group commit): for each, in order, the stored crossing,
     * which is that crossing when it was inserted. Of two with the same key the first in the list wins. An
     * implementation may do this in one statement; this default does one crossing at a time.
     */
    default List<Crossing> insertAllIfAbsent(List<Crossing> crossings) {
        return crossings.stream().map(this::insertIfAbsent).toList();
    }

    /** {@link #findByKey} for several keys at once: the stored crossings by key (absent keys are left out). */
    default Map<IdempotencyKey, Crossing> findByKeys(Collection<IdempotencyKey> keys) {
        Map<IdempotencyKey, Crossing> found = new HashMap<>();
        for (IdempotencyKey k : keys) {
            findByKey(k).ifPresent(c -> found.put(k, c));
        }
        return found;
    }

    /** A traveler's crossings on an Asia/Taipei day, oldest first. */
    List<Crossing> forTravelerOn(TravelerId traveler, LocalDate day);
}
