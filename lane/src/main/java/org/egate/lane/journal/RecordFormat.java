package org.egate.lane.journal;

import org.egate.border.crossing.IdempotencyKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The on-disk form of one record:
 *
 * <pre>
 *   int   bodyLength
 *   int   crc32c(body)
 *   body: byte kind (1 = appended, 2 = forwarded), short keyLength, key (UTF-8), payload
 * </pre>
 *
 * All big-endian. The checksum covers the body, the length is checked against a maximum and the
 * file end, so a torn or garbled tail is recognized and never mistaken for a record.
 */
final class RecordFormat {

  static final byte APPENDED = 1;
  static final byte FORWARDED = 2;
  static final int HEADER = 8;
  /** A crossing record is a few kilobytes; anything far larger is garbage, not a record. */
  static final int MAX_BODY = 1 << 20;

  private RecordFormat() {}

  static ByteBuffer encode(byte kind, IdempotencyKey key, byte[] payload) {
    byte[] keyBytes = key.value().getBytes(StandardCharsets.UTF_8);
    int bodyLength = 1 + 2 + keyBytes.length + payload.length;
    if (bodyLength > MAX_BODY) {
      throw new IllegalArgumentException(
          "journal record for " + key + " is " + bodyLength + " bytes, over the maximum " + MAX_BODY);
    }
    ByteBuffer body = ByteBuffer.allocate(bodyLength);
    body.put(kind).putShort((short) keyBytes.length).put(keyBytes).put(payload).flip();
    ByteBuffer record = ByteBuffer.allocate(HEADER + bodyLength);
    record.putInt(bodyLength).putInt(crc(body.duplicate())).put(body).flip();
    return record;
  }

  static int crc(ByteBuffer body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return (int) crc.getValue();
  }

  /** A decoded body. */
  record Body(byte kind, IdempotencyKey key, byte[] payload) {}

  static Body decodeBody(ByteBuffer body) {
    byte kind = body.get();
    if (kind != APPENDED && kind != FORWARDED) {
      throw new IllegalArgumentException("unknown journal record kind " + kind);
    }
    int keyLength = Short.toUnsignedInt(body.getShort());
    if (keyLength > body.remaining()) {
      throw new IllegalArgumentException("key length " + keyLength + " beyond the record");
    }
    byte[] key = new byte[keyLength];
    body.get(key);
    byte[] payload = new byte[body.remaining()];
    body.get(payload);
    return new Body(kind, new IdempotencyKey(new String(key, StandardCharsets.UTF_8)), payload);
  }
}
