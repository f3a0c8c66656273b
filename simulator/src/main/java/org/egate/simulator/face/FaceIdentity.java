package org.egate.simulator.face;

import java.util.Objects;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;

/**
 * One real person of a {@link FaceLibrary}: the photo the enrollment portrait is cut from and the
 * photo the live gate frames are drawn from (the same photo when the source has only one of the
 * person), each with the person's 68 landmarks in that photo's pixels.
 *
 * @param name where the face comes from, e.g. {@code sample3.jpg#2} or {@code Ann_Lee}
 * @param enrollment photo for the portrait
 * @param enrollmentLandmarks the person's landmarks in {@code enrollment}
 * @param live photo for the live frames
 * @param liveLandmarks the person's landmarks in {@code live}
 * @param exclusionRadius pixels around the face in {@code live}/{@code enrollment} that hold only
 *     this person (half the distance to the nearest other face of a group photo); the renderer
 *     never copies more than that, so no second face leaks into a frame
 */
public record FaceIdentity(String name, RgbImage enrollment, Landmarks68 enrollmentLandmarks, RgbImage live,
    Landmarks68 liveLandmarks, double exclusionRadius) {

  public FaceIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(enrollment, "enrollment");
    Objects.requireNonNull(enrollmentLandmarks, "enrollmentLandmarks");
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(liveLandmarks, "liveLandmarks");
    if (!(exclusionRadius > 0)) {
      throw new IllegalArgumentException("exclusion radius must be positive but was " + exclusionRadius);
    }
  }

  /** Whether portrait and live frames come from two different photos of the person. */
  public boolean twoPhotos() {
    return enrollment != live;
  }
}
