package org.egate.border.site;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A port's UN/LOCODE, e.g. {@code TWKNH} (Kinmen): two-letter country then three letters or digits 2-9. Document
 * restrictions in the document catalogue are expressed with these codes.
 */
public record PortCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

    public PortCode {
        Objects.requireNonNull(value, "port code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("port code must be a UN/LOCODE like TWKNH but was '" + value + "'");
        }
    }

    public static PortCode of(String value) {
        return new PortCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
