package org.egate.border.site;

import java.util.Objects;
import java.util.regex.Pattern;

/** A terminal within a site, e.g. {@code T1}, {@code T2}; single-terminal sites use {@link #MAIN}. */
public record TerminalCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{1,8}");
    public static final TerminalCode MAIN = new TerminalCode("MAIN");

    public TerminalCode {
        Objects.requireNonNull(value, "terminal code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("terminal code must be 1-8 upper-case letters or digits but was '"
                    + value + "'");
        }
    }

    public static TerminalCode of(String value) {
        return new TerminalCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
