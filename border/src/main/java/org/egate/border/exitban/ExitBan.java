package org.egate.border.exitban;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.site.Direction;
import org.egate.border.traveler.TravelerId;

/**
 * An exit ban (禁止出國處分): the traveler may not depart from {@code startsOn} through {@code endsOn} (inclusive;
 * {@code null} = until lifted), unless it was lifted earlier. "Not under an exit ban" is an enrollment condition and
 * the lane refuses departures (DESIGN.md rules); arrivals are never refused for it.
 *
 * @param authority who imposed it (court, tax office, ...), free text without personal data
 */
public record ExitBan(ExitBanId id, TravelerId traveler, LocalDate startsOn, LocalDate endsOn, LocalDate liftedOn,
        String authority) {

    public ExitBan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(traveler, "traveler");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(authority, "authority");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("exit ban " + id + " ends " + endsOn + " before it starts " + startsOn);
        }
        if (liftedOn != null && liftedOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("exit ban " + id + " lifted " + liftedOn + " before it starts " + startsOn);
        }
    }

    /** A ban in force from a day until lifted. */
    public static ExitBan imposed(ExitBanId id, TravelerId traveler, LocalDate startsOn, String authority) {
        return new ExitBan(id, traveler, startsOn, null, null, authority);
    }

    /** True when the ban stops a departure on this day: started, not past its end, not lifted (lifted day included). */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(startsOn)
                && (endsOn == null || !day.isAfter(endsOn))
                && (liftedOn == null || day.isBefore(liftedOn));
    }

    /** Whether this ban stops a crossing in the given direction on a day. Arrivals: never. */
    public boolean stops(Direction direction, LocalDate day) {
        return direction == Direction.DEPARTURE && isInForceOn(day);
    }

    /** The ban lifted from a day on (departures allowed that day). */
    public ExitBan liftOn(LocalDate day) {
        if (liftedOn != null) {
            throw new IllegalStateException("exit ban " + id + " was already lifted on " + liftedOn);
        }
        return new ExitBan(id, traveler, startsOn, endsOn, day, authority);
    }

    public Optional<LocalDate> lifted() {
        return Optional.ofNullable(liftedOn);
    }
}
