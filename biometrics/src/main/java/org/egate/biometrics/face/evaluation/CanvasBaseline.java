package org.egate.biometrics.face.evaluation;

import org.egate.biometrics.face.detect.FaceDetector;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.model.FaceModels;

/**
 * The "face-api on a 3x canvas" baseline, as a subset rule: face-api's SSD at its own
 * settings (512x512 input, confidence 0.5) on the image centred on a grey canvas three times its
 * size. On LFW dev it finds a face in ~84 % of the images; its published error figures hold on
 * those images only, so a like-for-like comparison restricts egate to the same images.
 * Not thread-safe: one per worker.
 */
public final class CanvasBaseline {
  public static final double CANVAS_SCALE = 3.0;
  public static final double MIN_CONFIDENCE = 0.5;
  private static final int CANVAS_GREY = 128;
  private final FaceDetector detector;

  public CanvasBaseline(FaceModels models) {
    this.detector = new FaceDetector(models);
  }

  /** Whether the baseline finds a face in this image. */
  public boolean finds(RgbImage image) {
    int cw = (int) Math.round(image.width() * CANVAS_SCALE);
    int ch = (int) Math.round(image.height() * CANVAS_SCALE);
    RgbImage canvas = image.onCanvas(cw, ch, (cw - image.width()) / 2, (ch - image.height()) / 2, CANVAS_GREY);
    return !detector.detect(canvas, MIN_CONFIDENCE, 10).isEmpty();
  }
}
