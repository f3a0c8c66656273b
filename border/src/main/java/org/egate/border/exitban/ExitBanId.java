package org.egate.border.exitban;

import java.util.Objects;
import java.util.UUID;

/** Identifies one exit ban (禁止出國處分). Repositories hand out new ones ({@code nextId()}); parse with {@link #of(String)}. */
public record ExitBanId(UUID value) {
    public ExitBanId {
        Objects.requireNonNull(value, "exit ban id");
    }

    /** Parses the canonical UUID text, e.g. {@code 0f8fad5b-d9cb-469f-a165-70867728950e}. */
    public static ExitBanId of(String text) {
        Objects.requireNonNull(text, "exit ban id");
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("not canonical");
            }
            return new ExitBanId(uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("exit ban id must be a UUID like 0f8fad5b-d9cb-469f-a165-70867728950e but was '"
                    + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
