package org.egate.border.reason;

import java.util.Objects;

/** A traveler-facing message in zh-TW and English; both are required and non-blank. */
public record BilingualMessage(String zhTw, String english) {

    public BilingualMessage {
        Objects.requireNonNull(zhTw, "zhTw");
        Objects.requireNonNull(english, "english");
        if (zhTw.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException(
                    "both messages must be non-blank but were zh-TW '" + zhTw + "', en '" + english + "'");
        }
    }
}
