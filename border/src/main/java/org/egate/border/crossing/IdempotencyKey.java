package org.egate.border.crossing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The client-supplied key that makes crossing ingest idempotent: the lane chooses it once when it records the
 * crossing and sends it with every retry, so a retried record is stored once. 8-128 characters from
 * {@code [A-Za-z0-9._:-]}.
 */
public record IdempotencyKey(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    public IdempotencyKey {
        Objects.requireNonNull(value, "idempotency key");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "idempotency key must be 8-128 characters from A-Z a-z 0-9 . _ : - but was '" + value + "'");
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
