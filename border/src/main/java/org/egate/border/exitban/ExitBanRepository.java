package org.egate.border.exitban;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.egate.border.site.Direction;
import org.egate.border.traveler.TravelerId;

/** Port: exit bans, by traveler. */
public interface ExitBanRepository {
    ExitBanId nextId();

    void save(ExitBan ban);

    Optional<ExitBan> find(ExitBanId id);

    List<ExitBan> forTraveler(TravelerId traveler);

    /** True when any ban stops this traveler going this way on this day (departures only). */
    default boolean stops(TravelerId traveler, Direction direction, LocalDate day) {
        return forTraveler(traveler).stream().anyMatch(b -> b.stops(direction, day));
    }

    /** True when any ban is in force on this day (the enrollment condition). */
    default boolean inForce(TravelerId traveler, LocalDate day) {
        return forTraveler(traveler).stream().anyMatch(b -> b.isInForceOn(day));
    }
}
