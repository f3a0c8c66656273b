package org.egate.border.stamp;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stamp request (補蓋章戳). Repositories hand out new ones ({@code nextId()}); parse with {@link #of(String)}. */
public record StampRequestId(UUID value) {
    public StampRequestId {
        Objects.requireNonNull(value, "stamp request id");
    }

    /** Parses the canonical UUID text, e.g. {@code 0f8fad5b-d9cb-469f-a165-70867728950e}. */
    public static StampRequestId of(String text) {
        Objects.requireNonNull(text, "stamp request id");
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return new StampRequestId(uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stamp request id must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e but was '"
                    + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
