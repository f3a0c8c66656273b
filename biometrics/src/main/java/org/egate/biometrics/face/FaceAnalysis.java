package org.egate.biometrics.face;

import java.util.List;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.egate.biometrics.face.detect.Detection;
import org.egate.biometrics.face.detect.FaceBox;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;

/**
 * The result of the face pipeline on one image: every face the detector saw, and for the chosen
 * (largest) face its box, landmarks and descriptor.
 */
public record FaceAnalysis(
    RgbImage image,
    List<Detection> faces,
    FoundBy foundBy,
    FaceBox faceBox,
    double detectionScore,
    Landmarks68 landmarks,
    FaceDescriptor descriptor) {
  public FaceAnalysis {
    faces = List.copyOf(faces);
  }
}
