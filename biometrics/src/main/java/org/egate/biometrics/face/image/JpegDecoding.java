package org.egate.biometrics.face.image;

/** Which decoder turns JPEG files into pixels (PNG always goes through ImageIO). Decision 0035. */
public enum JpegDecoding {
  /**
   * egate's own decoder, pixel-identical to the reference JS library's (jpeg-js 0.4.4): the face
   * models then see exactly what they saw in the fidelity reference, on every JVM and platform.
   * Falls back to ImageIO for JPEG flavours jpeg-js does not decode (lossless, arithmetic, CMYK)
   * and for damaged streams.
   */
  REFERENCE,
  /** The JDK's ImageIO (libjpeg 6b, smooth chroma upsampling). */
  IMAGE_IO
}
