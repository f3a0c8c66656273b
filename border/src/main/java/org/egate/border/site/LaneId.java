package org.egate.border.site;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A lane, e.g. {@code TAOYUAN-T2-D01}: site, terminal, direction letter and number by convention; any upper-case
 * dash-separated token of up to 40 characters is accepted so administrators can name new lanes.
 */
public record LaneId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public LaneId {
        Objects.requireNonNull(value, "lane id");
        if (value.length() > 40 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "lane id must be up to 40 upper-case letters, digits and single dashes but was '" + value + "'");
        }
    }

    public static LaneId of(String value) {
        return new LaneId(value);
    }

    /** The conventional id: {@code SITE-TERMINAL-<D|A>NN}. */
    public static LaneId of(SiteId site, TerminalCode terminal, Direction direction, int number) {
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("lane number must be 1-99 but was " + number);
        }
        return new LaneId(String.format("%s-%s-%s%02d", site, terminal, direction.letter(), number));
    }

    @Override
    public String toString() {
        return value;
    }
}
