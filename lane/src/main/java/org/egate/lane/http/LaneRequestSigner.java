package org.egate.lane.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs lane requests the way the server checks them (server decision 0053): {@code
 * Egate-Signature} is base64 HMAC-SHA256, under the lane's secret, of METHOD, path, lane id,
 * timestamp (epoch milliseconds), nonce and the hex SHA-256 of the body, joined by newlines. The
 * timestamp is wall-clock time (the server rejects requests too far from its clock), not the
 * lane's simulated time.
 */
public final class LaneRequestSigner {

  public static final String LANE = "Egate-Lane";
  public static final String TIMESTAMP = "Egate-Timestamp";
  public static final String NONCE = "Egate-Nonce";
  public static final String SIGNATURE = "Egate-Signature";

  private final LaneCredentials credentials;
  private final Clock wallClock;
  private final SecureRandom nonces = new SecureRandom();

  public LaneRequestSigner(LaneCredentials credentials, Clock wallClock) {
    this.credentials = credentials;
    this.wallClock = wallClock;
  }

  /** The four headers for a request. */
  public Map<String, String> headers(String method, String path, byte[] body) {
    String lane = credentials.lane().value();
    String timestamp = Long.toString(wallClock.millis());
    byte[] nonceBytes = new byte[16];
    nonces.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(LANE, lane);
    headers.put(TIMESTAMP, timestamp);
    headers.put(NONCE, nonce);
    headers.put(SIGNATURE, sign(credentials.secret(), canonical(method, path, lane, timestamp, nonce, body)));
    return headers;
  }

  static String canonical(String method, String path, String lane, String timestamp, String nonce, byte[] body) {
    return String.join("\n", method, path, lane, timestamp, nonce, sha256Hex(body));
  }

  static String sign(byte[] secret, String canonical) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
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
