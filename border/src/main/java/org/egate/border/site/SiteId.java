package org.egate.border.site;

import java.util.Objects;
import java.util.regex.Pattern;

/** A site (airport, port or service station), e.g. {@code TAOYUAN}, {@code SHUITOU}: upper-case letters and digits. */
public record SiteId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    public SiteId {
        Objects.requireNonNull(value, "site id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "site id must be 2-16 upper-case letters or digits starting with a letter but was '" + value + "'");
        }
    }

    public static SiteId of(String value) {
        return new SiteId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
