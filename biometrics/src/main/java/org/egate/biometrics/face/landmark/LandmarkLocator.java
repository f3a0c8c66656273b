package org.egate.biometrics.face.landmark;

import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.model.NetworkInput;

/** The 68-point landmark net on a face crop, with face-api's un-padding of the square input. */
public final class LandmarkLocator {
  public static final int INPUT_SIZE = 112;
  private final FaceModels models;

  public LandmarkLocator(FaceModels models) {
    this.models = models;
  }

  /** Landmarks in the crop's own pixel coordinates. */
  public Landmarks68 locate(RgbImage crop) {
    float[] out = models.landmarks(NetworkInput.meanNormalized(crop, INPUT_SIZE));
    double w = crop.width();
    double h = crop.height();
    double scale = INPUT_SIZE / Math.max(w, h);
    double sw = w * scale;
    double sh = h * scale;
    double padX = sw < sh ? Math.abs(sw - sh) / 2 : 0;
    double padY = sh < sw ? Math.abs(sw - sh) / 2 : 0;
    double[] xs = new double[68];
    double[] ys = new double[68];
    for (int i = 0; i < 68; i++) {
      float fx = (out[i * 2] * (float) INPUT_SIZE - (float) padX) / (float) sw;
      float fy = (out[i * 2 + 1] * (float) INPUT_SIZE - (float) padY) / (float) sh;
      xs[i] = fx * w;
      ys[i] = fy * h;
    }
    return new Landmarks68(xs, ys);
  }

  /**
   * Landmarks on a box turned by {@code angle} (radians, image y down) about its centre, in image
   * coordinates: the crop is sampled bilinearly (black outside the image) so a rolled face reaches
   * the net upright, then the points are turned back. At most {@code 2 x INPUT_SIZE} pixels a side
   * are sampled; the net sees 112 anyway.
   */
  public Landmarks68 locateTurned(RgbImage image, double centerX, double centerY, double width, double height, double angle) {
    double scale = Math.min(1.0, 2.0 * INPUT_SIZE / Math.max(width, height));
    int cw = Math.max(1, (int) Math.round(width * scale));
    int ch = Math.max(1, (int) Math.round(height * scale));
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    byte[] src = image.rgb();
    int w = image.width();
    int h = image.height();
    byte[] out = new byte[cw * ch * 3];
    for (int v = 0; v < ch; v++) {
      double dy = ((v + 0.5) - ch / 2.0) / scale;
      for (int u = 0; u < cw; u++) {
        double dx = ((u + 0.5) - cw / 2.0) / scale;
        double sx = centerX + dx * cos - dy * sin - 0.5;
        double sy = centerY + dx * sin + dy * cos - 0.5;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        for (int c = 0; c < 3; c++) {
          double top = px(src, w, h, x0, y0, c) * (1 - fx) + px(src, w, h, x0 + 1, y0, c) * fx;
          double bottom = px(src, w, h, x0, y0 + 1, c) * (1 - fx) + px(src, w, h, x0 + 1, y0 + 1, c) * fx;
          out[(v * cw + u) * 3 + c] = (byte) Math.round(top * (1 - fy) + bottom * fy);
        }
      }
    }
    Landmarks68 local = locate(new RgbImage(cw, ch, out));
    double[] xs = new double[68];
    double[] ys = new double[68];
    for (int i = 0; i < 68; i++) {
      double dx = (local.x(i) - cw / 2.0) / scale;
      double dy = (local.y(i) - ch / 2.0) / scale;
      xs[i] = centerX + dx * cos - dy * sin;
      ys[i] = centerY + dx * sin + dy * cos;
    }
    return new Landmarks68(xs, ys);
  }

  private static int px(byte[] rgb, int w, int h, int x, int y, int c) {
    if (x < 0 || y < 0 || x >= w || y >= h) {
      return 0;
    }
    return rgb[(y * w + x) * 3 + c] & 0xff;
  }
}
