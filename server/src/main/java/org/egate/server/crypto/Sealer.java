package org.egate.server.crypto;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Seals data at rest under the active data key. A sealed value is {@code [1][data key id: 8
 * bytes][nonce][ciphertext+tag]}; the context (e.g. {@code "biometric:<enrollment>:FACE_IMAGE"})
 * is authenticated, so a sealed value copied onto another record does not open.
 */
@Component
public class Sealer {
  private static final byte FORMAT = 1;
  private final DataKeys keys;

  Sealer(DataKeys keys) {
    this.keys = keys;
  }

  public byte[] seal(byte[] plaintext, String context) {
    long id = keys.activeId();
    byte[] body = Aead.encrypt(keys.key(id), plaintext, context);
    return ByteBuffer.allocate(9 + body.length).put(FORMAT).putLong(id).put(body).array();
  }

  public byte[] open(byte[] sealed, String context) {
    if (sealed.length < 9 + Aead.NONCE_BYTES || sealed[0] != FORMAT) {
      throw new IllegalStateException("sealed value for " + context + " has an unknown format");
    }
    long id = ByteBuffer.wrap(sealed, 1, 8).getLong();
    return Aead.decrypt(keys.key(id), Arrays.copyOfRange(sealed, 9, sealed.length), context);
  }

  /** The data key id a sealed value names. */
  public static long keyIdOf(byte[] sealed) {
    return ByteBuffer.wrap(sealed, 1, 8).getLong();
  }
}
