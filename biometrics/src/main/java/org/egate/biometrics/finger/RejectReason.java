package org.egate.biometrics.finger;

/** Why a fingerprint input was not enrolled; each bad input has its own reason. */
public enum RejectReason {
  /** Zero bytes. */
  EMPTY_INPUT,
  /** More bytes than the decoder reads at all (checked before decoding). */
  INPUT_TOO_LARGE,
  /** Not a format we decode (PNG, JPEG, BMP, TIFF, GIF, WSQ), or corrupt or truncated. */
  UNREADABLE_IMAGE,
  /** Width x height in the header exceeds the pixel budget (checked before decoding). */
  IMAGE_TOO_LARGE,
  /** Decoding took longer than its time budget. */
  DECODE_TIMEOUT,
  /** 16-bit samples, CMYK or other layouts a fingerprint scanner does not deliver (8-bit grey per ISO/IEC 19794-4). */
  UNSUPPORTED_PIXEL_FORMAT,
  /** Resolution outside what the extractor handles. */
  UNSUPPORTED_RESOLUTION,
  /** Image or usable ridge area smaller than the minimum. */
  TOO_SMALL,
  /** No ridge structure found (blank, uniform or pure noise). */
  NO_RIDGES,
  /** Fewer minutiae than a reliable comparison needs. */
  TOO_FEW_MINUTIAE,
  /** A minutiae template (ISO/IEC 19794-2, SourceAFIS) that does not parse. */
  UNREADABLE_TEMPLATE;
}
