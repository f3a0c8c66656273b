package org.egate.server.biometric;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.describe.FaceApiTemplate;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.quality.FaceQuality;
import org.egate.biometrics.face.quality.QualityCheck;
import org.egate.biometrics.face.quality.QualityItem;
import org.egate.biometrics.face.quality.QualityReport;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.Modality;
import org.egate.border.reason.ReasonCode;
import org.egate.server.api.ProtocolReason;

/**
 * Enrollment face templates on the biometrics face pipeline (face-api models on ONNX Runtime):
 * decode, detect, landmarks, align, descriptor, then the quality report; a capture is stored only
 * when every quality item passes, as a {@value FaceApiTemplate#FORMAT} template (decision 0100).
 *
 * <p>Thread-safe: one pipeline per server shares the models (ONNX Runtime sessions may run
 * concurrently); a semaphore bounds how many captures are analysed at once, so a burst of
 * enrollments queues instead of multiplying inference memory.
 */
public final class FaceApiTemplates implements FaceTemplates {
  private final FacePipeline pipeline;
  private final FaceQuality quality;
  private final Semaphore permits;

  public FaceApiTemplates(FaceModels models, int concurrentAnalyses) {
    if (concurrentAnalyses < 1) {
      throw new IllegalArgumentException("concurrentAnalyses must be >= 1 but was " + concurrentAnalyses);
    }
    this.pipeline = new FacePipeline(models, ImageDecoder.standard(), EnrollmentFaceParameters.PIPELINE);
    this.quality = new FaceQuality(EnrollmentFaceParameters.QUALITY);
    this.permits = new Semaphore(concurrentAnalyses, true);
  }

  @Override
  public String format() {
    return FaceApiTemplate.FORMAT;
  }

  @Override
  public BiometricTemplate extract(byte[] image) {
    FaceAnalysis analysis = analyze(image);
    QualityReport report = quality.assess(analysis);
    if (!report.acceptable()) {
      List<QualityItem> failed = report.failed();
      throw new BiometricRejected(reasonFor(failed.stream().map(QualityItem::check).toList()),
          "face image refused: " + failed.stream().map(FaceApiTemplates::describe).collect(Collectors.joining("; ")));
    }
    return BiometricTemplate.face(FaceApiTemplate.FORMAT, FaceApiTemplate.encode(analysis.descriptor()));
  }

  @Override
  public Optional<FaceDescriptor> descriptor(BiometricTemplate template) {
    if (template.modality() != Modality.FACE || !FaceApiTemplate.FORMAT.equals(template.format())) {
      return Optional.empty();
    }
    return Optional.of(FaceApiTemplate.decode(template.data()));
  }

  private FaceAnalysis analyze(byte[] image) {
    permits.acquireUninterruptibly();
    try {
      return pipeline.analyze(image);
    } catch (FaceImageException e) {
      String why = "face image refused: " + e.getMessage();
      throw switch (e.reason()) {
        case IMAGE_EMPTY, IMAGE_UNSUPPORTED_FORMAT, IMAGE_CORRUPT, IMAGE_TRUNCATED, IMAGE_CMYK, IMAGE_16_BIT ->
            new BiometricRejected(ProtocolReason.INVALID_IMAGE, why);
        case IMAGE_TOO_LARGE, IMAGE_TOO_MANY_PIXELS -> new BiometricRejected(ProtocolReason.IMAGE_TOO_LARGE, why);
        case NO_FACE -> new BiometricRejected(ReasonCode.FACE_NOT_DETECTED, why);
        case FACE_TOO_SMALL -> new BiometricRejected(ReasonCode.FACE_TOO_SMALL, why);
      };
    } finally {
      permits.release();
    }
  }

  /**
   * The reason for a refused capture when several items fail: the one an officer fixes first and
   * that explains the others (a second face or dark glasses also upset the pose and exposure measures).
   */
  static ReasonCode reasonFor(List<QualityCheck> failed) {
    for (QualityCheck check : EnrollmentFaceParameters.REASON_ORDER) {
      if (failed.contains(check)) {
        return switch (check) {
          case FACE_COUNT -> ReasonCode.FACE_SEVERAL_FACES;
          case INTER_EYE_DISTANCE -> ReasonCode.FACE_TOO_SMALL;
          case EYES_OCCLUDED -> ReasonCode.OCCLUSION_SUNGLASSES;
          case NOSE_MOUTH_OCCLUDED -> ReasonCode.OCCLUSION_MASK;
          case HEAD_COVERED -> ReasonCode.OCCLUSION_HAT;
          case YAW, PITCH, ROLL -> ReasonCode.FACE_POSE;
          case SHARPNESS -> ReasonCode.FACE_BLURRED;
          case EXPOSURE -> ReasonCode.FACE_EXPOSURE;
          default -> ReasonCode.FACE_QUALITY_TOO_LOW;
        };
      }
    }
    return ReasonCode.FACE_QUALITY_TOO_LOW; // an item added to the report later, not yet given its own code
  }

  private static String describe(QualityItem item) {
    String bounds = Double.isNaN(item.min()) ? "<= " + item.max()
        : Double.isNaN(item.max()) ? ">= " + item.min() : "in [" + item.min() + ", " + item.max() + "]";
    return item.check() + " " + item.measured() + " " + item.check().unit() + " (must be " + bounds + ")";
  }
}
