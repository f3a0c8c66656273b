package org.egate.biometrics.finger;

import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.Objects;

/**
 * An enrolled fingerprint: a SourceAFIS template and the quality it was accepted with. Build it
 * with {@link FingerprintEngine}.
 */
public final class Fingerprint {
  private final FingerprintTemplate template;
  private final QualityReport quality;

  Fingerprint(FingerprintTemplate template, QualityReport quality) {
    this.template = Objects.requireNonNull(template, "template");
    this.quality = Objects.requireNonNull(quality, "quality");
  }

  FingerprintTemplate template() {
    return template;
  }

  public QualityReport quality() {
    return quality;
  }

  /** The template in SourceAFIS's own serialized form (CBOR), for storage. */
  public byte[] toSourceAfis() {
    return template.toByteArray();
  }
}
