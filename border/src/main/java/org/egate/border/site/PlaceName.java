package org.egate.border.site;

import java.util.Objects;

/** A place's name in zh-TW and English. */
public record PlaceName(String zhTw, String english) {
    public PlaceName {
        Objects.requireNonNull(zhTw, "zhTw");
        Objects.requireNonNull(english, "english");
        if (zhTw.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("place names must be non-blank but were '" + zhTw + "', '" + english + "'");
        }
    }
}
