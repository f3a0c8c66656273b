package org.egate.biometrics.face.model;

import org.egate.biometrics.face.image.RgbImage;

/**
 * Builds network input tensors exactly as face-api's {@code NetInput.toBatchTensor} does: pad to
 * a square with zeros (centred or at the end), TF bilinear resize (align_corners=false,
 * half_pixel_centers=false, float arithmetic), then per-network normalization; laid out NCHW.
 */
public final class NetworkInput {
  private NetworkInput() {
  }

  /** Mean RGB that the landmark and descriptor nets subtract before dividing by 255. */
  static final float[] MEAN_RGB = {122.782f, 117.001f, 104.298f};

  /** The image zero-padded to a square (centred, or at right/bottom) and resized to size x size, NCHW, 0..255. */
  public static float[] squareResized(RgbImage image, int size, boolean centred) {
    int w = image.width();
    int h = image.height();
    int side = Math.max(w, h);
    int diff = Math.abs(w - h);
    int after = (int) Math.round(diff * (centred ? 0.5 : 1.0)); // JS Math.round: .5 rounds up
    int before = centred ? diff - after : 0;
    int offX = w < h ? before : 0;
    int offY = h < w ? before : 0;
    float[] out = new float[3 * size * size];
    float scale = (float) side / size;
    int plane = size * size;
    byte[] rgb = image.rgb();
    for (int oy = 0; oy < size; oy++) {
      float inY = oy * scale;
      int y0 = (int) Math.floor(inY);
      int y1 = Math.min(side - 1, (int) Math.ceil(inY));
      float fy = inY - y0;
      for (int ox = 0; ox < size; ox++) {
        float inX = ox * scale;
        int x0 = (int) Math.floor(inX);
        int x1 = Math.min(side - 1, (int) Math.ceil(inX));
        float fx = inX - x0;
        for (int c = 0; c < 3; c++) {
          float tl = px(rgb, w, h, x0 - offX, y0 - offY, c);
          float tr = px(rgb, w, h, x1 - offX, y0 - offY, c);
          float bl = px(rgb, w, h, x0 - offX, y1 - offY, c);
          float br = px(rgb, w, h, x1 - offX, y1 - offY, c);
          float top = tl + (tr - tl) * fx;
          float bottom = bl + (br - bl) * fx;
          out[c * plane + oy * size + ox] = top + (bottom - top) * fy;
        }
      }
    }
    return out;
  }

  private static float px(byte[] rgb, int w, int h, int x, int y, int c) {
    if (x < 0 || y < 0 || x >= w || y >= h) {
      return 0f;
    }
    return rgb[(y * w + x) * 3 + c] & 0xff;
  }

  /** SSD input: pad right/bottom, resize, x / 127.5 - 1. */
  public static float[] detector(RgbImage image, int size) {
    float[] t = squareResized(image, size, false);
    for (int i = 0; i < t.length; i++) {
      t[i] = t[i] / 127.5f - 1f;
    }
    return t;
  }

  /** Landmark / descriptor input: centred pad, resize, (x - meanRgb) / 255. */
  public static float[] meanNormalized(RgbImage image, int size) {
    float[] t = squareResized(image, size, true);
    int plane = size * size;
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < plane; i++) {
        t[c * plane + i] = (t[c * plane + i] - MEAN_RGB[c]) / 255f;
      }
    }
    return t;
  }
}
