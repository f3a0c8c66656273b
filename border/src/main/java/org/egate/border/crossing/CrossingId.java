package org.egate.border.crossing;

import java.util.Objects;
import java.util.UUID;

/** Identifies one recorded crossing. Repositories hand out new ones ({@code nextId()}); parse with {@link #of(String)}. */
public record CrossingId(UUID value) {
    public CrossingId {
        Objects.requireNonNull(value, "crossing id");
    }

    /** Parses the canonical UUID text, e.g. {@code 0f8fad5b-d9cb-469f-a165-70867728950e}. */
    public static CrossingId of(String text) {
        Objects.requireNonNull(text, "crossing id");
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return new CrossingId(uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("crossing id must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e but was '"
                    + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
