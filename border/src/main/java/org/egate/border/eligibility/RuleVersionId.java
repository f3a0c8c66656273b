package org.egate.border.eligibility;

import java.util.Objects;
import java.util.regex.Pattern;

/** Names one version of the eligibility rules, e.g. {@code 2017-03-08-fingerprints}; every decision cites it. */
public record RuleVersionId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    public RuleVersionId {
        Objects.requireNonNull(value, "rule version id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "rule version id must be 1-64 lower-case letters, digits, dots and dashes but was '" + value + "'");
        }
    }

    public static RuleVersionId of(String value) {
        return new RuleVersionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
