package org.egate.document.mrz;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one MRZ: the format it was read as (empty when the input fits none),
 * the decoded data (empty when the layout is unusable), the findings and the corrections.
 */
public record MrzResult(
    Optional<MrzFormat> format,
    Optional<MrzData> data,
    List<Finding> findings,
    List<Correction> corrections) {
  public MrzResult {
    findings = List.copyOf(findings);
    corrections = List.copyOf(corrections);
  }

  /** Valid exactly when nothing was found wrong (corrections do not make it invalid). */
  public boolean valid() {
    return findings.isEmpty() && data.isPresent();
  }
}
