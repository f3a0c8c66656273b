package org.egate.biometrics.finger;

import com.machinezoo.sourceafis.FingerprintMatcher;
import com.machinezoo.sourceafis.FingerprintTemplate;
import java.util.Objects;

/**
 * An enrolled fingerprint: a SourceAFIS template and the quality it was accepted with. Build it
 * with {@link FingerprintEngine}.
 */
public final class Fingerprint {
  private final FingerprintTemplate template;
  private final QualityReport quality;
  // Built on first comparison and kept: building costs ~0.45 ms, a match ~0.06 ms, and the
  // symmetric score needs this fingerprint's matcher too. FingerprintMatcher.match is
  // thread-safe (SourceAFIS javadoc); the edge hash costs memory, so galleries hold it only
  // for fingerprints that were compared.
  private volatile FingerprintMatcher matcher;

  Fingerprint(FingerprintTemplate template, QualityReport quality) {
    this.template = Objects.requireNonNull(template, "template");
    this.quality = Objects.requireNonNull(quality, "quality");
  }

  FingerprintTemplate template() {
    return template;
  }

  FingerprintMatcher matcher() {
    FingerprintMatcher m = matcher;
    if (m == null) {
      m = new FingerprintMatcher(template);
      matcher = m;
    }
    return m;
  }

  public QualityReport quality() {
    return quality;
  }

  /** The template in SourceAFIS's own serialized form (CBOR), for storage. */
  public byte[] toSourceAfis() {
    return template.toByteArray();
  }
}
