package org.egate.lane.biometric;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.Objects;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.device.Frame;

/**
 * The face port on the {@code biometrics} engine (face-api models on ONNX Runtime), with the gate
 * parameters (a face must be found in the camera's scene). Similarity is {@code 1 - distance}
 * between 128-D descriptors, so face-api's own 0.6 distance is a 0.4 similarity (decision 0065).
 *
 * <p>Quality: the number of faces (several = possible tailgating), no face, and a face too small or
 * an image the decoder refuses (poor image). Occlusion (sunglasses, hat, mask) needs the engine's
 * quality report, which the {@code biometrics} module does not offer yet; until it does, this
 * matcher cannot prompt for them and relies on the match score and the fingerprint fallback.
 */
public final class FaceApiMatcher implements FaceMatcher, AutoCloseable {

  /** The enrolled-face format this matcher reads: 128 float32, little-endian. */
  public static final String FORMAT = "face-api-128f32/1";
  /** face-api's distance threshold 0.6 as a similarity; not yet an egate-measured operating point. */
  public static final double FACE_API_DEFAULT_THRESHOLD = 0.4;

  private final FaceModels models;
  private final FacePipeline pipeline;
  private long lastFrame = -1;
  private FaceAnalysis lastAnalysis;

  public FaceApiMatcher(FaceModels models) {
    this.models = Objects.requireNonNull(models, "models");
    this.pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
  }

  /** Loads the shipped models (one inference thread per lane). */
  public static FaceApiMatcher load() {
    return new FaceApiMatcher(FaceModels.load(1));
  }

  @Override
  public synchronized FaceAssessment assess(Frame frame) {
    try {
      FaceAnalysis analysis = analyze(frame);
      return FaceAssessment.of(analysis.faces().size(), EnumSet.noneOf(FaceIssue.class));
    } catch (FaceImageException e) {
      return switch (e.reason()) {
        case NO_FACE -> FaceAssessment.of(0, EnumSet.noneOf(FaceIssue.class));
        case FACE_TOO_SMALL -> FaceAssessment.of(1, EnumSet.of(FaceIssue.POOR_IMAGE));
        default -> FaceAssessment.of(0, EnumSet.of(FaceIssue.POOR_IMAGE));
      };
    }
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
      return 1 - analyze(frame).descriptor().distance(descriptor(enrolled.data()));
    } catch (FaceImageException e) {
      return 0; // assess() already called this frame unusable; a caller that compares anyway gets no match
    }
  }

  /** A descriptor in the {@link #FORMAT} the lane reads. */
  public static byte[] encode(FaceDescriptor descriptor) {
    ByteBuffer buffer = ByteBuffer.allocate(FaceDescriptor.LENGTH * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : descriptor.values()) {
      buffer.putFloat(value);
    }
    return buffer.array();
  }

  static FaceDescriptor descriptor(byte[] data) {
    if (data.length != FaceDescriptor.LENGTH * 4) {
      throw new IllegalArgumentException("a " + FORMAT + " template is " + FaceDescriptor.LENGTH * 4
          + " bytes but this one is " + data.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[FaceDescriptor.LENGTH];
    for (int i = 0; i < values.length; i++) {
      values[i] = buffer.getFloat();
    }
    return new FaceDescriptor(values);
  }

  /** The lane assesses, then compares the same frame: analyse it once. */
  private FaceAnalysis analyze(Frame frame) throws FaceImageException {
    if (frame.id() != lastFrame || lastAnalysis == null) {
      lastAnalysis = null;
      lastFrame = frame.id();
      lastAnalysis = pipeline.analyze(frame.image());
    }
    return lastAnalysis;
  }

  @Override
  public void close() {
    models.close();
  }
}
