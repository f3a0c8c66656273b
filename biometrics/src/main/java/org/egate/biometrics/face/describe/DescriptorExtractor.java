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

  public FaceDescriptor describeCrop(RgbImage crop) {
    return new FaceDescriptor(models.descriptor(NetworkInput.meanNormalized(crop, INPUT_SIZE)));
  }
}
