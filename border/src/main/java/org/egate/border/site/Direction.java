package org.egate.border.site;

/** Which way a lane (and a crossing through it) goes. Exit bans apply to {@link #DEPARTURE} only. */
public enum Direction {
    DEPARTURE("出境", "D"),
    ARRIVAL("入境", "A");

    private final String zhTw;
    private final String letter;

    Direction(String zhTw, String letter) {
        this.zhTw = zhTw;
        this.letter = letter;
    }

    public String zhTw() {
        return zhTw;
    }

    /** The same direction in the document catalogue's words (ENTRY/EXIT). */
    public org.egate.document.catalog.Direction asDocumentDirection() {
        return this == DEPARTURE ? org.egate.document.catalog.Direction.EXIT : org.egate.document.catalog.Direction.ENTRY;
    }

    /** One-letter code used in lane ids ({@code D} or {@code A}). */
    public String letter() {
        return letter;
    }
}
