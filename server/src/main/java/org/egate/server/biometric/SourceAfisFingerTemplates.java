package org.egate.server.biometric;

import java.util.OptionalDouble;
import org.egate.biometrics.finger.Fingerprint;
import org.egate.biometrics.finger.FingerprintEngine;
import org.egate.biometrics.finger.FingerprintRejectedException;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.reason.ReasonCode;
import org.egate.server.api.ProtocolReason;

/** Fingerprints through the biometrics module's SourceAFIS engine (org.egate.biometrics.finger). */
public final class SourceAfisFingerTemplates implements FingerTemplates {
  static final String FORMAT = "sourceafis-cbor/3.18";
  private final FingerprintEngine engine = FingerprintEngine.withDefaults();

  @Override
  public BiometricTemplate extract(FingerPosition position, byte[] image) {
    try {
      return BiometricTemplate.finger(position, FORMAT, engine.enroll(image, OptionalDouble.empty()).toSourceAfis());
    } catch (FingerprintRejectedException e) {
      String why = position + " fingerprint refused: " + e.reason();
      throw switch (e.reason()) {
        case EMPTY_INPUT, UNREADABLE_IMAGE, UNSUPPORTED_PIXEL_FORMAT, UNSUPPORTED_RESOLUTION, DECODE_TIMEOUT, UNREADABLE_TEMPLATE ->
            new BiometricRejected(ProtocolReason.INVALID_IMAGE, why);
        case INPUT_TOO_LARGE, IMAGE_TOO_LARGE -> new BiometricRejected(ProtocolReason.IMAGE_TOO_LARGE, why);
        case TOO_SMALL, NO_RIDGES, TOO_FEW_MINUTIAE -> new BiometricRejected(ReasonCode.FINGER_QUALITY_TOO_LOW, why);
      };
    }
  }

  @Override
  public Fingerprint open(BiometricTemplate template) {
    try {
      return engine.importTemplate(template.data());
    } catch (FingerprintRejectedException e) {
      throw new IllegalStateException("stored " + template + " does not import: " + e.reason(), e);
    }
  }

  @Override
  public double compare(Fingerprint probe, Fingerprint reference) {
    return engine.compare(probe, reference);
  }
}
