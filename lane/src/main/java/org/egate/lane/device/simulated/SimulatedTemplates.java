package org.egate.lane.device.simulated;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.egate.lane.biometric.FaceTemplate;
import org.egate.lane.biometric.FingerTemplate;
import org.egate.lane.biometric.IndexFinger;

/** Enrolled templates understood by the simulated matchers: they name whose biometrics they are. */
public final class SimulatedTemplates {

  public static final String FORMAT = "simulated";

  private SimulatedTemplates() {}

  public static FaceTemplate face(String biometricId) {
    return new FaceTemplate(FORMAT, biometricId.getBytes(StandardCharsets.UTF_8));
  }

  public static List<FingerTemplate> indexFingers(String biometricId) {
    byte[] id = biometricId.getBytes(StandardCharsets.UTF_8);
    return List.of(new FingerTemplate(IndexFinger.LEFT_INDEX, FORMAT, id),
        new FingerTemplate(IndexFinger.RIGHT_INDEX, FORMAT, id));
  }

  static String owner(String format, byte[] data) {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("simulated matchers read only '" + FORMAT + "' templates, not '" + format + "'");
    }
    return new String(data, StandardCharsets.UTF_8);
  }
}
