package org.egate.document.catalog;

import java.util.Objects;

/**
 * An issuing state or nationality code as ICAO Doc 9303 Part 3 writes it: an ISO 3166-1
 * alpha-3 code, Germany's {@code D}, or an ICAO special code ({@code XXA} stateless,
 * {@code XXB}/{@code XXC} refugee, {@code XXX} unspecified, {@code UNO}/{@code UNA}/{@code UNK}
 * United Nations, {@code EUE} European Union, ...). Filler characters are not part of the value.
 */
public record IssuingState(String code) {
  /** Republic of China (Taiwan). */
  public static final IssuingState TWN = new IssuingState("TWN");

  public IssuingState {
    Objects.requireNonNull(code, "issuing state");
    if (!isKnown(code)) {
      throw new IllegalArgumentException(
          "issuing state must be an ISO 3166-1 alpha-3 or ICAO special code but was '" + code + "'");
    }
  }

  /** Whether {@code code} (without filler) is a code ICAO Doc 9303 allows. */
  public static boolean isKnown(String code) {
    return code != null && KnownStateCodes.contains(code);
  }

  /** Whether this is one of ICAO's codes for non-state issuers or special nationalities. */
  public boolean isIcaoSpecial() {
    return KnownStateCodes.ICAO_SPECIAL.contains(code) && !"D".equals(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
