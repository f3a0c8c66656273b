package org.egate.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The lane request signature (decision 0053): {@code Egate-Signature} is base64 HMAC-SHA256, under
 * the lane's secret, of the lines METHOD, path, lane id, timestamp (epoch milliseconds), nonce and
 * the hex SHA-256 of the body, joined by {@code \n}. Lane clients compute the same string.
 */
public final class LaneSignature {
  public static final String LANE = "Egate-Lane";
  public static final String TIMESTAMP = "Egate-Timestamp";
  public static final String NONCE = "Egate-Nonce";
  public static final String SIGNATURE = "Egate-Signature";

  private LaneSignature() {}

  public static String canonical(String method, String path, String laneId, String timestamp, String nonce, byte[] body) {
    return String.join("\n", method, path, laneId, timestamp, nonce, sha256Hex(body));
  }

  public static String sign(byte[] secret, String canonical) {
    return Base64.getEncoder().encodeToString(hmac(secret, canonical));
  }

  public static boolean matches(byte[] secret, String canonical, String signature) {
    byte[] given;
    try {
      given = Base64.getDecoder().decode(signature);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmac(secret, canonical), given);
  }

  private static byte[] hmac(byte[] secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
