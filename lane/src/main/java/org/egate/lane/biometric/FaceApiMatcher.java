package org.egate.lane.biometric;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.egate.biometrics.eval.FmrTarget;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.FaceApiTemplate;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.quality.FaceQuality;
import org.egate.biometrics.face.quality.QualityCheck;
import org.egate.biometrics.face.quality.QualityItem;
import org.egate.biometrics.face.quality.QualityThresholds;
import org.egate.biometrics.operating.OperatingPoints;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.Frame;

/**
 * The face port on the {@code biometrics} engine (face-api models on ONNX Runtime), with the gate
 * parameters (a face must be found in the camera's scene). Similarity is {@code 1 - distance}
 * between 128-D descriptors (decision 0065); the threshold is the engine's measured operating point
 * ({@link #threshold}, FMR 0.1 % at the gate, decision 0102).
 *
 * <p>Quality is the engine's quality report with the gate's calibrated bounds: several faces
 * (possible tailgating, reported alone so the lane aborts), dark glasses, a mask, a hat (each
 * prompted), head turned or tilted (look at the camera), blur, exposure or a small face (poor
 * image: the next frame may do).
 */
public final class FaceApiMatcher implements FaceMatcher, AutoCloseable {

  /** The enrolled-face format this matcher reads ({@link FaceApiTemplate}). */
  public static final String FORMAT = FaceApiTemplate.FORMAT;
  /** The FMR a lane operates its face comparison at: BSI TR-03121's 0.1 % (decision 0102). */
  public static final FmrTarget GATE_FMR_TARGET = FmrTarget.ONE_PER_THOUSAND;

  private final FaceModels models;
  private final FacePipeline pipeline;
  private final FaceQuality quality = new FaceQuality(QualityThresholds.gate());
  private long lastFrame = -1;
  private byte[] lastImage;
  private FaceAnalysis lastAnalysis;

  public FaceApiMatcher(FaceModels models) {
    this.models = Objects.requireNonNull(models, "models");
    this.pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
  }

  /** Loads the shipped models (one inference thread per lane). */
  public static FaceApiMatcher load() {
    return new FaceApiMatcher(FaceModels.load(1));
  }

  /**
   * The similarity threshold for an FMR target: {@code 1 -} the engine's measured descriptor
   * distance at that target ({@code operating/face.json}); at FMR 0.1 % about 0.47, where face-api's
   * own 0.6 distance would be 0.4.
   */
  public static double threshold(FmrTarget target) {
    return 1 - OperatingPoints.forModality("face").at(target).threshold();
  }

  /** The gate threshold ({@link #GATE_FMR_TARGET}). */
  public static double gateThreshold() {
    return threshold(GATE_FMR_TARGET);
  }

  @Override
  public synchronized FaceAssessment assess(Frame frame) {
    FaceAnalysis analysis;
    try {
      analysis = analyze(frame);
    } catch (FaceImageException e) {
      return switch (e.reason()) {
        case NO_FACE -> FaceAssessment.of(0, EnumSet.noneOf(FaceIssue.class));
        case FACE_TOO_SMALL -> FaceAssessment.of(1, EnumSet.of(FaceIssue.POOR_IMAGE));
        default -> FaceAssessment.of(0, EnumSet.of(FaceIssue.POOR_IMAGE));
      };
    }
    int faces = analysis.faces().size();
    if (faces > 1) {
      return FaceAssessment.of(faces, EnumSet.of(FaceIssue.SEVERAL_FACES)); // nothing to prompt: the lane aborts
    }
    return FaceAssessment.of(faces, issues(quality.assess(analysis).failed()));
  }

  /**
   * What the traveler is asked to fix. An accessory explains the other items it upsets (dark
   * glasses move the pose and exposure measures), so when one is seen only the accessories are named.
   */
  static EnumSet<FaceIssue> issues(List<QualityItem> failed) {
    EnumSet<FaceIssue> accessories = EnumSet.noneOf(FaceIssue.class);
    EnumSet<FaceIssue> others = EnumSet.noneOf(FaceIssue.class);
    for (QualityItem item : failed) {
      switch (item.check()) {
        case EYES_OCCLUDED -> accessories.add(FaceIssue.SUNGLASSES);
        case NOSE_MOUTH_OCCLUDED -> accessories.add(FaceIssue.MASK);
        case HEAD_COVERED -> accessories.add(FaceIssue.HAT);
        case YAW, PITCH, ROLL -> others.add(FaceIssue.NOT_FRONTAL);
        case FACE_COUNT -> others.add(FaceIssue.SEVERAL_FACES);
        default -> others.add(FaceIssue.POOR_IMAGE); // size, sharpness, exposure
      }
    }
    return accessories.isEmpty() ? others : accessories;
  }

  @Override
  public boolean reads(BiometricTemplate enrolled) {
    return FORMAT.equals(enrolled.format());
  }

  @Override
  public synchronized double compare(Frame frame, BiometricTemplate enrolled) {
    if (!FORMAT.equals(enrolled.format())) {
      throw new IllegalArgumentException("this matcher reads '" + FORMAT + "' face templates, not '"
          + enrolled.format() + "'");
    }
    try {
      return 1 - analyze(frame).descriptor().distance(FaceApiTemplate.decode(enrolled.data()));
    } catch (FaceImageException e) {
      return 0; // assess() already called this frame unusable; a caller that compares anyway gets no match
    }
  }

  /** A descriptor in the {@link #FORMAT} the lane reads ({@link FaceApiTemplate#encode}). */
  public static byte[] encode(FaceDescriptor descriptor) {
    return FaceApiTemplate.encode(descriptor);
  }

  /**
   * The lane assesses, then compares the same frame: analyse it once. Frame ids are unique per lane
   * run only, so the image is part of the key: a matcher shared by lanes (or by fresh simulated
   * lanes) once judged one lane's frame by another's analysis of the same id (decision 0150).
   */
  private FaceAnalysis analyze(Frame frame) throws FaceImageException {
    if (frame.id() != lastFrame || frame.image() != lastImage || lastAnalysis == null) {
      lastAnalysis = null;
      lastFrame = frame.id();
      lastImage = frame.image();
      lastAnalysis = pipeline.analyze(frame.image());
    }
    return lastAnalysis;
  }

  @Override
  public void close() {
    models.close();
  }
}
