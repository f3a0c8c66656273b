package org.egate.biometrics.face.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.model.NetworkInput;

/**
 * SSD-MobileNetV1 face detection as face-api does it: the image is zero-padded at right/bottom to a
 * square, resized to 512x512, boxes are decoded against the model's anchors, scored by sigmoid,
 * and greedily suppressed at IoU 0.5.
 */
public final class FaceDetector {
  /** face-api's input size. */
  public static final int INPUT_SIZE = 512;
  private static final double IOU_THRESHOLD = 0.5;
  private final FaceModels models;
  private final int inputSize;
  private final float[] anchors;

  /** The detector at face-api's 512x512 input. */
  public FaceDetector(FaceModels models) {
    this(models, INPUT_SIZE);
  }

  /**
   * The detector at another square input size (the network is fully convolutional; anchors are
   * generated for the size, boxes size-corrected). Smaller is faster (cost ~ size²); below 384 the
   * same face starts to give duplicate boxes that suppression at IoU 0.5 does not merge.
   */
  public FaceDetector(FaceModels models, int inputSize) {
    if (inputSize < 64 || inputSize % 32 != 0) {
      throw new IllegalArgumentException("detector input size must be a multiple of 32, >= 64, but was " + inputSize);
    }
    this.models = models;
    this.inputSize = inputSize;
    this.anchors = SsdAnchors.forInputSize(inputSize);
  }

  /** Faces with confidence above {@code minConfidence}, best first, at most {@code maxResults}. */
  public List<Detection> detect(RgbImage image, double minConfidence, int maxResults) {
    float[][] out = models.detect(NetworkInput.detector(image, inputSize), inputSize);
    float[] enc = out[0];
    float[] logits = out[1];
    int n = anchors.length / 4;
    double[][] boxes = new double[n][];
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = 1.0 / (1.0 + Math.exp(-logits[i * 3 + 1]));
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (scores[i] > minConfidence) {
        boxes[i] = decode(enc, anchors, i);
        candidates.add(i);
      }
    }
    candidates.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
    List<Integer> selected = new ArrayList<>();
    for (int c : candidates) {
      if (selected.size() >= maxResults) {
        break;
      }
      boolean keep = true;
      for (int s : selected) {
        if (iou(boxes[c], boxes[s]) > IOU_THRESHOLD) {
          keep = false;
          break;
        }
      }
      if (keep) {
        selected.add(c);
      }
    }
    int w = image.width();
    int h = image.height();
    double scale = (double) inputSize / Math.max(w, h);
    double padX = (double) inputSize / Math.round(w * scale);
    double padY = (double) inputSize / Math.round(h * scale);
    List<Detection> result = new ArrayList<>();
    for (int i : selected) {
      double[] b = boxes[i];
      double top = Math.max(0, b[0]) * padY;
      double bottom = Math.min(1.0, b[2]) * padY;
      double left = Math.max(0, b[1]) * padX;
      double right = Math.min(1.0, b[3]) * padX;
      FaceBox box = new FaceBox(left * w, top * h, Math.max(0, right - left) * w, Math.max(0, bottom - top) * h);
      result.add(new Detection(sizeCorrected(box), scores[i]));
    }
    return result;
  }

  /**
   * The network's features are scale-specific in pixels (trained at 512): below 512 it reports a
   * face about inputSize/512 of its true size (measured: 86, 105, 129, 153, 182 px for one face at
   * 256, 320, 384, 448, 512), so the box is scaled back about its centre.
   */
  private FaceBox sizeCorrected(FaceBox box) {
    if (inputSize == INPUT_SIZE) {
      return box;
    }
    double f = (double) INPUT_SIZE / inputSize;
    double w = box.width() * f;
    double h = box.height() * f;
    return new FaceBox(box.centerX() - w / 2, box.centerY() - h / 2, w, h);
  }

  /** [ymin, xmin, ymax, xmax] relative to the square input, face-api's decodeBoxesLayer in float. */
  private static double[] decode(float[] enc, float[] anchors, int i) {
    float a0 = anchors[i * 4];
    float a1 = anchors[i * 4 + 1];
    float size0 = anchors[i * 4 + 2] - a0;
    float size1 = anchors[i * 4 + 3] - a1;
    float center0 = a0 + size0 / 2;
    float center1 = a1 + size1 / 2;
    float half0 = (float) Math.exp(enc[i * 4 + 2] / 5f) * size0 / 2;
    float mid0 = enc[i * 4] / 10f * size0 + center0;
    float half1 = (float) Math.exp(enc[i * 4 + 3] / 5f) * size1 / 2;
    float mid1 = enc[i * 4 + 1] / 10f * size1 + center1;
    return new double[] {mid0 - half0, mid1 - half1, mid0 + half0, mid1 + half1};
  }

  private static double iou(double[] a, double[] b) {
    double areaA = (Math.max(a[0], a[2]) - Math.min(a[0], a[2])) * (Math.max(a[1], a[3]) - Math.min(a[1], a[3]));
    double areaB = (Math.max(b[0], b[2]) - Math.min(b[0], b[2])) * (Math.max(b[1], b[3]) - Math.min(b[1], b[3]));
    if (areaA <= 0 || areaB <= 0) {
      return 0;
    }
    double iy = Math.max(0, Math.min(Math.max(a[0], a[2]), Math.max(b[0], b[2])) - Math.max(Math.min(a[0], a[2]), Math.min(b[0], b[2])));
    double ix = Math.max(0, Math.min(Math.max(a[1], a[3]), Math.max(b[1], b[3])) - Math.max(Math.min(a[1], a[3]), Math.min(b[1], b[3])));
    return ix * iy / (areaA + areaB - ix * iy);
  }
}
