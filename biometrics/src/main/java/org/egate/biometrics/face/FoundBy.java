package org.egate.biometrics.face;

/** How the face that was described was found; reported so a reviewer can weigh the result. */
public enum FoundBy {
  /** The detector found it in the image as given. */
  DETECTOR,
  /** The detector found it after the image (a tight crop) was placed on a larger canvas. */
  DETECTOR_ON_CANVAS,
  /** No detection; the image was taken as an already cropped face and the landmarks settled. */
  ASSUMED_CROP
}
