package org.egate.lane;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.site.LaneId;

/**
 * One traveler's attempt at one lane, from the document on the reader to the traveler leaving.
 * A random (version 4) UUID drawn from the lane's injected generator, so a seeded simulation gives
 * the same ids every run.
 */
public record TransactionId(UUID value) {

  public TransactionId {
    Objects.requireNonNull(value, "transaction id");
  }

  public static TransactionId random(RandomGenerator random) {
    long most = (random.nextLong() & ~0xF000L) | 0x4000L;
    long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new TransactionId(new UUID(most, least));
  }

  /** The id of the crossing this attempt records (the same UUID, so the two can be joined). */
  public CrossingId crossingId() {
    return new CrossingId(value);
  }

  /** The idempotency key the journaled record is forwarded with: lane and transaction. */
  public IdempotencyKey idempotencyKey(LaneId lane) {
    return IdempotencyKey.of(lane.value() + ":" + value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
