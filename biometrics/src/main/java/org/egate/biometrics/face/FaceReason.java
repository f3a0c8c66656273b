package org.egate.biometrics.face;

/** Why a face image could not be used: each bad input gets its own code and an English message. */
public enum FaceReason {
  IMAGE_EMPTY("the image file is empty (0 bytes)"),
  IMAGE_TOO_LARGE("the image file exceeds the byte limit"),
  IMAGE_TOO_MANY_PIXELS("the image dimensions exceed the pixel limit"),
  IMAGE_UNSUPPORTED_FORMAT("the data is not a JPEG or PNG image"),
  IMAGE_CORRUPT("the image data is corrupt"),
  IMAGE_TRUNCATED("the image data ends early (truncated file)"),
  IMAGE_CMYK("CMYK/YCCK colour images are not accepted; send RGB or greyscale"),
  IMAGE_16_BIT("images with more than 8 bits per sample are not accepted"),
  NO_FACE("no face was found in the image"),
  FACE_TOO_SMALL("the face is too small for a reliable comparison");

  private final String message;

  FaceReason(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
