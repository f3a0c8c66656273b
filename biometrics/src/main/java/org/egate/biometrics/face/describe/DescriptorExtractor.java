package org.egate.biometrics.face.describe;

import org.egate.biometrics.face.detect.FaceBox;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.model.NetworkInput;

/**
 * The descriptor net on the dlib-style crop that face-api derives from the landmarks
 * ({@code FaceLandmarks.alignDlib}): a square of side (mean eye-to-mouth distance / 0.45) placed
 * with the eyes-and-mouth centroid at (0.5, 0.43) of the square.
 */
public final class DescriptorExtractor {
  public static final int INPUT_SIZE = 150;
  private final FaceModels models;

  public DescriptorExtractor(FaceModels models) {
    this.models = models;
  }

  /** face-api's aligned box for the descriptor, before clipping. */
  public static FaceBox alignedBox(Landmarks68 landmarks, int imageWidth, int imageHeight) {
    double[] l = landmarks.leftEyeCenter();
    double[] r = landmarks.rightEyeCenter();
    double[] m = landmarks.mouthCenter();
    double eyeToMouth = (Math.hypot(m[0] - l[0], m[1] - l[1]) + Math.hypot(m[0] - r[0], m[1] - r[1])) / 2;
    double size = Math.floor(eyeToMouth / 0.45);
    double refX = (l[0] + r[0] + m[0]) / 3;
    double refY = (l[1] + r[1] + m[1]) / 3;
    double x = Math.floor(Math.max(0, refX - 0.5 * size));
    double y = Math.floor(Math.max(0, refY - 0.43 * size));
    return new FaceBox(x, y, Math.min(size, imageWidth + x), Math.min(size, imageHeight + y));
  }

  public FaceDescriptor describe(RgbImage image, Landmarks68 landmarks) {
    int[] b = alignedBox(landmarks, image.width(), image.height()).clippedFloor(image.width(), image.height());
    if (b[2] < 1 || b[3] < 1) {
      throw new IllegalArgumentException("aligned face crop is empty: " + java.util.Arrays.toString(b));
    }
    return describeCrop(image.crop(b[0], b[1], b[2], b[3]));
  }

  /**
   * The same dlib-style square, but never clipped: where it reaches past the image border (tight
   * crops, faces at the frame edge) the missing part is black, as face-api's own square padding is,
   * so the face keeps its canonical place in the 150x150 input instead of being re-centred.
   */
  public FaceDescriptor describeAligned(RgbImage image, Landmarks68 landmarks) {
    double[] l = landmarks.leftEyeCenter();
    double[] r = landmarks.rightEyeCenter();
    double[] m = landmarks.mouthCenter();
    double eyeToMouth = (Math.hypot(m[0] - l[0], m[1] - l[1]) + Math.hypot(m[0] - r[0], m[1] - r[1])) / 2;
    int size = (int) Math.max(1, Math.floor(eyeToMouth / 0.45));
    double refX = (l[0] + r[0] + m[0]) / 3;
    double refY = (l[1] + r[1] + m[1]) / 3;
    int x = (int) Math.floor(refX - 0.5 * size);
    int y = (int) Math.floor(refY - 0.43 * size);
    return describeCrop(image.cropFilled(x, y, size, size, 0));
  }

  /**
   * The dlib-style square turned so the eyes lie level (dlib's own face chips are rotation-normalized;
   * face-api skips that), sampled bilinearly straight into the 150x150 input; outside the image is black.
   */
  public FaceDescriptor describeLevelled(RgbImage image, Landmarks68 landmarks) {
    return describeLevelled(image, landmarks, false);
  }

  /**
   * The levelled crop, or its mirror image (left and right swapped; the crop is centred on the
   * face's vertical axis, so the mirrored face is just as well aligned). Averaging the two
   * descriptors is flip test-time augmentation (decision 0036).
   */
  public FaceDescriptor describeLevelled(RgbImage image, Landmarks68 landmarks, boolean mirrored) {
    double[] l = landmarks.leftEyeCenter();
    double[] r = landmarks.rightEyeCenter();
    double[] m = landmarks.mouthCenter();
    double angle = Math.atan2(r[1] - l[1], r[0] - l[0]);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    double eyeToMouth = (Math.hypot(m[0] - l[0], m[1] - l[1]) + Math.hypot(m[0] - r[0], m[1] - r[1])) / 2;
    double size = eyeToMouth / 0.45;
    double refX = (l[0] + r[0] + m[0]) / 3;
    double refY = (l[1] + r[1] + m[1]) / 3;
    double step = size / INPUT_SIZE;
    float[] input = new float[3 * INPUT_SIZE * INPUT_SIZE];
    int plane = INPUT_SIZE * INPUT_SIZE;
    byte[] rgb = image.rgb();
    int w = image.width();
    int h = image.height();
    for (int v = 0; v < INPUT_SIZE; v++) {
      double dy = (v + 0.5) * step - 0.43 * size;
      for (int u = 0; u < INPUT_SIZE; u++) {
        double dx = (u + 0.5) * step - 0.5 * size;
        double sx = refX + dx * cos - dy * sin - 0.5;
        double sy = refY + dx * sin + dy * cos - 0.5;
        int x0 = (int) Math.floor(sx);
        int y0 = (int) Math.floor(sy);
        double fx = sx - x0;
        double fy = sy - y0;
        for (int c = 0; c < 3; c++) {
          double top = px(rgb, w, h, x0, y0, c) * (1 - fx) + px(rgb, w, h, x0 + 1, y0, c) * fx;
          double bottom = px(rgb, w, h, x0, y0 + 1, c) * (1 - fx) + px(rgb, w, h, x0 + 1, y0 + 1, c) * fx;
          double value = top * (1 - fy) + bottom * fy;
          input[c * plane + v * INPUT_SIZE + (mirrored ? INPUT_SIZE - 1 - u : u)] = (float) ((value - MEAN_RGB[c]) / 255.0);
        }
      }
    }
    return new FaceDescriptor(models.descriptor(input));
  }

  private static final double[] MEAN_RGB = {122.782, 117.001, 104.298};

  private static int px(byte[] rgb, int w, int h, int x, int y, int c) {
    if (x < 0 || y < 0 || x >= w || y >= h) {
      return 0;
    }
    return rgb[(y * w + x) * 3 + c] & 0xff;
  }

  public FaceDescriptor describeCrop(RgbImage crop) {
    return new FaceDescriptor(models.descriptor(NetworkInput.meanNormalized(crop, INPUT_SIZE)));
  }
}
