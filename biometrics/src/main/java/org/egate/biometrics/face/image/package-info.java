/** Bounded decoding of JPEG/PNG into {@link org.egate.biometrics.face.image.RgbImage}: limits checked from the header first. */
package org.egate.biometrics.face.image;
