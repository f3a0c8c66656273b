package org.egate.biometrics.face.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceReason;

/**
 * Bounded JPEG/PNG decoding: the byte size, format, dimensions, bit depth and colour model are all
 * checked from the header before any pixel is decoded, so a hostile file cannot make the decoder
 * allocate or spend more than the limits allow. JPEG pixels come from the decoder chosen by
 * {@link JpegDecoding} (by default the reference-identical one, decision 0035).
 */
public final class ImageDecoder {
  private final long maxBytes;
  private final long maxPixels;
  private final JpegDecoding jpegDecoding;

  /** @param maxBytes largest accepted file; @param maxPixels largest width*height */
  public ImageDecoder(long maxBytes, long maxPixels) {
    this(maxBytes, maxPixels, JpegDecoding.REFERENCE);
  }

  /**
   * @param maxBytes largest accepted file
   * @param maxPixels largest width*height
   * @param jpegDecoding which decoder makes the pixels of a JPEG
   */
  public ImageDecoder(long maxBytes, long maxPixels, JpegDecoding jpegDecoding) {
    if (maxBytes < 1 || maxPixels < 1) {
      throw new IllegalArgumentException("limits must be positive but were " + maxBytes + " bytes, " + maxPixels + " pixels");
    }
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
    this.jpegDecoding = java.util.Objects.requireNonNull(jpegDecoding, "jpegDecoding");
  }

  /** Gate and enrollment defaults: 20 MB, 40 megapixels. */
  public static ImageDecoder standard() {
    return new ImageDecoder(20L * 1024 * 1024, 40_000_000L);
  }

  /** The same limits, with the given JPEG decoder. */
  public ImageDecoder withJpegDecoding(JpegDecoding decoding) {
    return new ImageDecoder(maxBytes, maxPixels, decoding);
  }

  public JpegDecoding jpegDecoding() {
    return jpegDecoding;
  }

  public RgbImage decode(byte[] data) throws FaceImageException {
    if (data.length == 0) {
      throw new FaceImageException(FaceReason.IMAGE_EMPTY, "");
    }
    if (data.length > maxBytes) {
      throw new FaceImageException(FaceReason.IMAGE_TOO_LARGE, data.length + " bytes > limit " + maxBytes);
    }
    ImageHeader header = ImageHeader.read(data);
    if (header.bitsPerSample() > 8) {
      throw new FaceImageException(FaceReason.IMAGE_16_BIT, header.bitsPerSample() + " bits per sample");
    }
    if (header.components() == 4) {
      throw new FaceImageException(FaceReason.IMAGE_CMYK, header.components() + " colour components");
    }
    if (header.width() < 1 || header.height() < 1) {
      throw new FaceImageException(FaceReason.IMAGE_CORRUPT, "dimensions " + header.width() + "x" + header.height());
    }
    if ((long) header.width() * header.height() > maxPixels) {
      throw new FaceImageException(FaceReason.IMAGE_TOO_MANY_PIXELS,
          header.width() + "x" + header.height() + " > limit " + maxPixels + " pixels");
    }
    if (!header.complete()) {
      throw new FaceImageException(FaceReason.IMAGE_TRUNCATED, "no end marker after " + data.length + " bytes");
    }
    if (jpegDecoding == JpegDecoding.REFERENCE && header.jpeg()) {
      Optional<RgbImage> decoded = ReferenceJpegDecoder.decode(data);
      if (decoded.isPresent()) {
        return decoded.get();
      }
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new FaceImageException(FaceReason.IMAGE_UNSUPPORTED_FORMAT, "no decoder");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return RgbImage.fromBufferedImage(reader.read(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new FaceImageException(FaceReason.IMAGE_CORRUPT, String.valueOf(e.getMessage()), e);
    }
  }
}
