package org.egate.border.enrollment;

import java.util.Objects;
import java.util.UUID;

/** Identifies one enrollment of a traveler. Repositories hand out new ones ({@code nextId()}); parse with {@link #of(String)}. */
public record EnrollmentId(UUID value) {
    public EnrollmentId {
        Objects.requireNonNull(value, "enrollment id");
    }

    /** Parses the canonical UUID text, e.g. {@code 0f8fad5b-d9cb-469f-a165-70867728950e}. */
    public static EnrollmentId of(String text) {
        Objects.requireNonNull(text, "enrollment id");
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return new EnrollmentId(uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("enrollment id must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e but was '"
                    + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
