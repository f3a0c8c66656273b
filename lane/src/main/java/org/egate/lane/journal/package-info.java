/**
 * Store-and-forward of crossings. Root type {@link org.egate.lane.journal.Journal}: an append-only
 * file of checksummed records, each forced to the disk before {@code append} returns, so the lane
 * writes a crossing durably BEFORE it opens the exit door. {@link
 * org.egate.lane.journal.Forwarder} then sends pending records to the server, each with its
 * {@link org.egate.border.crossing.IdempotencyKey}, and marks them forwarded once the server
 * acknowledged.
 *
 * <p>Invariants: a record whose append returned survives any crash; a crash in the middle of an
 * append leaves a torn tail that {@link org.egate.lane.journal.Journal#open} cuts off (and keeps
 * aside for inspection); records are forwarded in journal order and at least once, and the key
 * makes the server keep each exactly once.
 */
package org.egate.lane.journal;
