package org.egate.border.site;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminal and the day e-Gate service opened in each direction there (absent: that direction never opened).
 * New lanes at the terminal take these dates unless an administrator gives them their own.
 */
public record Terminal(TerminalCode code, PlaceName name, Map<Direction, LocalDate> opensOn) {
    public Terminal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opensOn, "opensOn");
        EnumMap<Direction, LocalDate> copy = new EnumMap<>(Direction.class);
        copy.putAll(opensOn);
        opensOn = Collections.unmodifiableMap(copy);
    }

    /** The day service opened in a direction, if it has. */
    public Optional<LocalDate> opensOn(Direction direction) {
        return Optional.ofNullable(opensOn.get(direction));
    }

    /** The first day any direction opened. */
    public Optional<LocalDate> firstOpening() {
        return opensOn.values().stream().min(LocalDate::compareTo);
    }
}
