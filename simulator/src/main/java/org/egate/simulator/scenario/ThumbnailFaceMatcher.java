package org.egate.simulator.scenario;

import org.egate.border.biometric.BiometricTemplate;
import org.egate.lane.biometric.FaceAssessment;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.device.Frame;
import org.egate.server.biometric.ThumbnailFaceTemplates;

/**
 * The lane side of the real server's interim face engine (server decision 0055: a 16x16 grey
 * thumbnail, mean-removed, unit length): the frame's pixels become the same kind of vector and
 * the score is the cosine with the enrolled template. It tells one synthetic portrait from
 * another, not one person from another in two photographs, which is all the synthetic population
 * needs until the server enrolls face-api descriptors. Frame quality (sunglasses, hat, mask,
 * faces in view) is judged by {@code quality}: the simulated camera's ground truth, since the
 * synthetic portraits carry no accessories to detect (decision 0140).
 */
public final class ThumbnailFaceMatcher implements FaceMatcher {
  private static final ThumbnailFaceTemplates ENGINE = new ThumbnailFaceTemplates();

  private final FaceMatcher quality;

  public ThumbnailFaceMatcher(FaceMatcher quality) {
    this.quality = quality;
  }

  @Override
  public FaceAssessment assess(Frame frame) {
    return quality.assess(frame);
  }

  @Override
  public boolean reads(BiometricTemplate enrolled) {
    return ENGINE.format().equals(enrolled.format());
  }

  @Override
  public double compare(Frame frame, BiometricTemplate enrolled) {
    float[] probe;
    try {
      probe = ENGINE.vector(ENGINE.extract(frame.image()));
    } catch (RuntimeException undecodable) {
      return -1; // no face to compare: the lowest similarity
    }
    float[] reference = ENGINE.vector(enrolled);
    double dot = 0;
    for (int i = 0; i < Math.min(probe.length, reference.length); i++) {
      dot += probe[i] * reference[i];
    }
    return dot;
  }
}
