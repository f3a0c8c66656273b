package org.egate.lane.journal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key the server deduplicates a forwarded record by: the same key sent twice is stored once.
 * The lane derives it from the lane id and the transaction id, so a retry after a crash sends the
 * same key.
 */
public record IdempotencyKey(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  public IdempotencyKey {
    Objects.requireNonNull(value, "idempotency key");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an idempotency key must be 1-128 letters, digits, '.', '_', ':' or '-' but was '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
