package org.egate.lane.device.simulated;

import java.nio.charset.StandardCharsets;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;

/** Enrolled templates understood by the simulated matchers: they name whose biometrics they are. */
public final class SimulatedTemplates {

  public static final String FORMAT = "simulated/1";

  private SimulatedTemplates() {}

  public static BiometricTemplate face(String biometricId) {
    return BiometricTemplate.face(FORMAT, bytes(biometricId));
  }

  public static BiometricTemplate finger(String biometricId, FingerPosition position) {
    return BiometricTemplate.finger(position, FORMAT, bytes(biometricId));
  }

  /** Face and both index fingers, as enrolled from 2017-03-08 on. */
  public static BiometricSet faceAndFingers(String biometricId) {
    return BiometricSet.faceAndFingers(face(biometricId), finger(biometricId, FingerPosition.LEFT_INDEX),
        finger(biometricId, FingerPosition.RIGHT_INDEX));
  }

  /** Face only (fingerprints were optional before 2017-03-08). */
  public static BiometricSet faceOnly(String biometricId) {
    return BiometricSet.faceOnly(face(biometricId));
  }

  static String owner(BiometricTemplate template) {
    if (!FORMAT.equals(template.format())) {
      throw new IllegalArgumentException(
          "simulated matchers read only '" + FORMAT + "' templates, not '" + template.format() + "'");
    }
    return new String(template.data(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String biometricId) {
    return biometricId.getBytes(StandardCharsets.UTF_8);
  }
}
