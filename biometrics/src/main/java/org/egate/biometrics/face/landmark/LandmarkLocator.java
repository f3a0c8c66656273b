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
}
