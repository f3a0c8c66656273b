package org.egate.server.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;

/**
 * One audit entry: who ({@code actor}), what ({@code action} on {@code subject}), when ({@code
 * at}, microsecond precision as PostgreSQL keeps it) and why ({@code reason}), chained to its
 * predecessor by {@code prevHash}.
 */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    AuditAction action,
    String subject,
    String reason,
    String detail,
    byte[] prevHash,
    byte[] hash) {

  /** The hash of the first entry's (absent) predecessor. */
  public static final byte[] GENESIS = new byte[32];

  public AuditEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("audit seq must be >= 1 but was " + seq);
    }
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(prevHash, "prevHash");
  }

  /** SHA-256 over the predecessor's hash and every field, each length-prefixed. */
  public static byte[] hashOf(
      long seq,
      Instant at,
      String actor,
      String action,
      String subject,
      String reason,
      String detail,
      byte[] prevHash) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(prevHash);
      out.writeLong(seq);
      out.writeLong(at.getEpochSecond());
      out.writeInt(at.getNano());
      for (String s : new String[] {actor, action, subject, reason, detail}) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
      }
      return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this JVM", e);
    }
  }
}
