package org.egate.server.biometric;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import javax.imageio.ImageIO;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.Modality;
import org.egate.server.api.ProtocolReason;

/**
 * Interim face engine until the biometrics face pipeline is merged into the server: a 16x16
 * grey thumbnail, mean-removed and normalized, as a 256-float vector. It finds the same
 * photograph submitted twice, not the same person in two photographs; decision 0055.
 */
public final class ThumbnailFaceTemplates implements FaceTemplates {
  static final String FORMAT = "thumbnail-256f32/1";
  private static final int SIDE = 16;

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public BiometricTemplate extract(byte[] image) {
    BufferedImage img;
    try {
      img = ImageIO.read(new ByteArrayInputStream(image));
    } catch (IOException | RuntimeException e) {
      img = null;
    }
    if (img == null || img.getWidth() < SIDE || img.getHeight() < SIDE) {
      throw new BiometricRejected(ProtocolReason.INVALID_IMAGE, "the face image is not a decodable PNG/JPEG of at least " + SIDE + "x" + SIDE + " pixels");
    }
    float[] v = new float[SIDE * SIDE];
    int w = img.getWidth();
    int h = img.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = img.getRGB(x, y);
        float grey = 0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff);
        v[(y * SIDE / h) * SIDE + (x * SIDE / w)] += grey;
      }
    }
    return BiometricTemplate.face(FORMAT, toBytes(normalize(v)));
  }

  @Override
  public float[] vector(BiometricTemplate template) {
    if (template.modality() != Modality.FACE || !FORMAT.equals(template.format())) {
      throw new IllegalArgumentException("not a " + FORMAT + " face template: " + template);
    }
    ByteBuffer b = ByteBuffer.wrap(template.data());
    float[] v = new float[b.remaining() / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }

  /** Mean-removed, unit-length; a flat image becomes the zero vector (matches nothing). */
  public static float[] normalize(float[] v) {
    double mean = 0;
    for (float f : v) {
      mean += f;
    }
    mean /= v.length;
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] -= (float) mean;
      norm += v[i] * v[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      v[i] = norm == 0 ? 0 : (float) (v[i] / norm);
    }
    return v;
  }

  public static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4);
    for (float f : v) {
      b.putFloat(f);
    }
    return b.array();
  }
}
