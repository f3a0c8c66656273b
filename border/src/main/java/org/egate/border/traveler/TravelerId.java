package org.egate.border.traveler;

import java.util.Objects;
import java.util.UUID;

/** Identifies a traveler (one person, whatever documents they hold). Repositories hand out new ones ({@code nextId()}); parse with {@link #of(String)}. */
public record TravelerId(UUID value) {
    public TravelerId {
        Objects.requireNonNull(value, "traveler id");
    }

    /** Parses the canonical UUID text, e.g. {@code 0f8fad5b-d9cb-469f-a165-70867728950e}. */
    public static TravelerId of(String text) {
        Objects.requireNonNull(text, "traveler id");
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return new TravelerId(uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("traveler id must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e but was '"
                    + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
