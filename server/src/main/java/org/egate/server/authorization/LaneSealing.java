package org.egate.server.authorization;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.egate.server.crypto.Aead;

/**
 * Templates sealed for one lane (decision 0054): AES-256-GCM under {@code HMAC-SHA256(lane
 * secret, "egate-templates-v1")}, with {@code "<laneId>|<authorizationId>"} as associated data;
 * the result is the 12-byte nonce followed by ciphertext and tag. Only that lane can open them,
 * and only as the answer to that authorization.
 */
public final class LaneSealing {
  private LaneSealing() {}

  public static byte[] seal(byte[] laneSecret, String laneId, String authorizationId, byte[] plaintext) {
    return seal(key(laneSecret), laneId, authorizationId, plaintext);
  }

  /** As {@link #seal(byte[], String, String, byte[])} with the key already derived by {@link #key}. */
  public static byte[] seal(SecretKey key, String laneId, String authorizationId, byte[] plaintext) {
    return Aead.encrypt(key, plaintext, laneId + "|" + authorizationId);
  }

  public static byte[] open(byte[] laneSecret, String laneId, String authorizationId, byte[] sealed) {
    return Aead.decrypt(key(laneSecret), sealed, laneId + "|" + authorizationId);
  }

  /** The lane's sealing key, derived from its secret (the same secret always gives the same key). */
  public static SecretKey key(byte[] laneSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(laneSecret, "HmacSHA256"));
      return new SecretKeySpec(mac.doFinal("egate-templates-v1".getBytes(StandardCharsets.UTF_8)), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
