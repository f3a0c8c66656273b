package org.egate.biometrics.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.egate.biometrics.face.describe.DescriptorExtractor;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.detect.Detection;
import org.egate.biometrics.face.detect.FaceBox;
import org.egate.biometrics.face.detect.FaceDetector;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.LandmarkLocator;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;

/**
 * The face pipeline: decode, detect, landmarks, align, describe.
 *
 * <p>Finding the face: first the SSD on the image as given (a gate scene). A tight crop (an
 * enrollment portrait, a document photo) fills the frame, where the SSD, trained on scenes, often
 * sees nothing; then the crop is placed on a larger canvas so the face takes a scene-like share of
 * it and searched again at each canvas scale. If that still finds nothing and the parameters allow,
 * the image is taken as an already cropped face: landmarks are located on the whole image and then
 * refined; the face is accepted only if the landmarks settle (a non-face does not).
 *
 * <p>Every face, however found, then gets the same landmark refinement: landmarks on the detector
 * box, a canonical box from those landmarks, landmarks again on it. That makes the descriptor
 * crop depend on the face, not on how the face was found.
 */
public final class FacePipeline {
  private final ImageDecoder decoder;
  private final FaceDetector detector;
  private final LandmarkLocator locator;
  private final DescriptorExtractor extractor;
  private final FaceParameters parameters;

  public FacePipeline(FaceModels models, ImageDecoder decoder, FaceParameters parameters) {
    this.decoder = decoder;
    this.detector = new FaceDetector(models, parameters.detectorInputSize());
    this.locator = new LandmarkLocator(models);
    this.extractor = new DescriptorExtractor(models);
    this.parameters = parameters;
  }

  /** The image file decoded as this pipeline decodes it (bounded; JPEG decoder per decision 0035). */
  public RgbImage decode(byte[] imageFile) throws FaceImageException {
    return decoder.decode(imageFile);
  }

  public FaceAnalysis analyze(byte[] imageFile) throws FaceImageException {
    return analyze(decoder.decode(imageFile));
  }

  public FaceAnalysis analyze(RgbImage image) throws FaceImageException {
    List<Detection> faces = detector.detect(image, parameters.minConfidence(), parameters.maxFaces());
    FoundBy foundBy = FoundBy.DETECTOR;
    if (faces.isEmpty()) {
      faces = detectOnCanvas(image);
      foundBy = FoundBy.DETECTOR_ON_CANVAS;
    }
    Landmarks68 landmarks;
    double score;
    if (!faces.isEmpty()) {
      Detection chosen = faces.stream().max(Comparator.comparingDouble(d -> d.box().area())).orElseThrow();
      landmarks = refine(image, landmarksIn(image, chosen.box()));
      score = chosen.score();
    } else if (parameters.assumeCroppedFace()) {
      landmarks = assumeCropped(image);
      foundBy = FoundBy.ASSUMED_CROP;
      score = 0;
    } else {
      throw new FaceImageException(FaceReason.NO_FACE, "detector confidence threshold " + parameters.minConfidence());
    }
    if (landmarks.interEyeDistance() < parameters.minInterEyePixels()) {
      throw new FaceImageException(FaceReason.FACE_TOO_SMALL,
          String.format("inter-eye distance %.1f px < %.0f px", landmarks.interEyeDistance(), parameters.minInterEyePixels()));
    }
    FaceDescriptor descriptor = extractor.describeLevelled(image, landmarks);
    if (parameters.mirrorAveraging()) {
      descriptor = descriptor.mean(extractor.describeLevelled(image, landmarks, true));
    }
    return new FaceAnalysis(image, faces, foundBy, canonicalBox(landmarks), score, landmarks, descriptor);
  }

  /** Search the image placed, centred, on grey canvases larger by each scale; boxes mapped back. */
  private List<Detection> detectOnCanvas(RgbImage image) {
    for (double scale : parameters.canvasScales()) {
      int cw = (int) Math.round(image.width() * scale);
      int ch = (int) Math.round(image.height() * scale);
      int left = (cw - image.width()) / 2;
      int top = (ch - image.height()) / 2;
      List<Detection> found = detector.detect(image.onCanvas(cw, ch, left, top, 128), parameters.paddedMinConfidence(), parameters.maxFaces());
      if (!found.isEmpty()) {
        List<Detection> mapped = new ArrayList<>();
        for (Detection d : found) {
          mapped.add(new Detection(d.box().scaled(1, -left, -top), d.score()));
        }
        return mapped;
      }
    }
    return List.of();
  }

  private Landmarks68 assumeCropped(RgbImage image) throws FaceImageException {
    Landmarks68 first = landmarksIn(image, new FaceBox(0, 0, image.width(), image.height()));
    Landmarks68 second = landmarksIn(image, canonicalBox(first));
    Landmarks68 third = landmarksIn(image, canonicalBox(second));
    double drift = meanDistance(second, third) / Math.max(1e-6, third.interEyeDistance());
    if (drift > parameters.maxLandmarkDrift()) {
      throw new FaceImageException(FaceReason.NO_FACE,
          String.format("no detection, and landmarks on the whole image do not settle (drift %.2f > %.2f inter-eye)", drift, parameters.maxLandmarkDrift()));
    }
    return third;
  }

  private Landmarks68 refine(RgbImage image, Landmarks68 first) {
    return landmarksIn(image, canonicalBox(first));
  }

  /**
   * Landmarks on a box, in image coordinates. Unlike face-api, a box reaching past the border is
   * not clipped but filled black, so the face stays where the landmark net expects it.
   */
  Landmarks68 landmarksIn(RgbImage image, FaceBox box) {
    int x = (int) Math.floor(box.x());
    int y = (int) Math.floor(box.y());
    int w = Math.max(1, (int) Math.floor(box.width()));
    int h = Math.max(1, (int) Math.floor(box.height()));
    return locator.locate(image.cropFilled(x, y, w, h, 0)).shifted(x, y);
  }

  /** The box face-api's SSD would typically draw around these landmarks. */
  static FaceBox canonicalBox(Landmarks68 l) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < 68; i++) {
      minX = Math.min(minX, l.x(i));
      maxX = Math.max(maxX, l.x(i));
      minY = Math.min(minY, l.y(i));
      maxY = Math.max(maxY, l.y(i));
    }
    double w = (maxX - minX) * FaceParameters.BOX_WIDTH_PER_LANDMARK_WIDTH;
    double h = (maxY - minY) * FaceParameters.BOX_HEIGHT_PER_LANDMARK_HEIGHT;
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2 - FaceParameters.BOX_CENTER_ABOVE_LANDMARK_CENTER * (maxY - minY);
    return new FaceBox(cx - w / 2, cy - h / 2, w, h);
  }

  private static double meanDistance(Landmarks68 a, Landmarks68 b) {
    double sum = 0;
    for (int i = 0; i < 68; i++) {
      sum += Math.hypot(a.x(i) - b.x(i), a.y(i) - b.y(i));
    }
    return sum / 68;
  }
}
