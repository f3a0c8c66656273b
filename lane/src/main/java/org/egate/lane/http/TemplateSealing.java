package org.egate.lane.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.egate.border.site.LaneId;

/**
 * Opens templates the server sealed for this lane (server decision 0054): AES-256-GCM under
 * {@code HMAC-SHA256(lane secret, "egate-templates-v1")}, associated data {@code
 * "<laneId>|<authorizationId>"}, sealed form = 12-byte nonce, then ciphertext and 128-bit tag. Only
 * this lane can open them, and only as the answer to that authorization.
 */
final class TemplateSealing {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private TemplateSealing() {}

  static byte[] open(byte[] laneSecret, LaneId lane, String authorizationId, byte[] sealed) {
    if (sealed.length <= NONCE_BYTES) {
      throw new IllegalArgumentException("a sealed template is longer than its " + NONCE_BYTES + "-byte nonce");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(laneSecret), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD((lane.value() + "|" + authorizationId).getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("template sealed for authorization " + authorizationId
          + " does not open for lane " + lane + " (other lane, other authorization, or tampered)", e);
    }
  }

  static SecretKey key(byte[] laneSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(laneSecret, "HmacSHA256"));
      return new SecretKeySpec(mac.doFinal("egate-templates-v1".getBytes(StandardCharsets.UTF_8)), "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
