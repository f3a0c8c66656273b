/** The 68-point landmark net; {@link org.egate.biometrics.face.landmark.Landmarks68} in image pixels. */
package org.egate.biometrics.face.landmark;
