package org.egate.simulator.face;

/**
 * The spread of live gate captures the renderer draws from (uniform within each range), and of
 * the enrollment portrait. Stated, not measured: a gate camera at 0.5-1 m with a 640x480 frame
 * sees the eyes 55-100 px apart; the face is framed off-centre by where the traveler stops; head
 * roll of a few degrees; auto-exposure that over- or under-shoots by a third; slight motion or
 * focus blur; sensor noise; the camera's JPEG compression.
 *
 * @param interEyePixels range of the eye distance in the 640x480 frame
 * @param eyeX range of the eye midpoint's x
 * @param eyeY range of the eye midpoint's y
 * @param rollDegrees largest head roll either way
 * @param gain range of the exposure gain
 * @param gamma range of the tone curve exponent
 * @param colourCast largest per-channel gain deviation (white balance)
 * @param blurSigma range of the Gaussian blur sigma, px (below 0.3: none)
 * @param noiseSigma range of the sensor noise sigma, grey levels
 * @param jpegQuality range of the JPEG quality, 0..1
 * @param portraitInterEyePixels eye distance of the enrollment portrait (ICAO 9303 asks at least 90 px)
 */
public record CaptureVariation(
    double[] interEyePixels,
    double[] eyeX,
    double[] eyeY,
    double rollDegrees,
    double[] gain,
    double[] gamma,
    double colourCast,
    double[] blurSigma,
    double[] noiseSigma,
    double[] jpegQuality,
    double portraitInterEyePixels) {

  public static final CaptureVariation GATE = new CaptureVariation(
      new double[] {55, 100}, new double[] {250, 390}, new double[] {170, 260}, 6,
      new double[] {0.8, 1.25}, new double[] {0.85, 1.2}, 0.06,
      new double[] {0, 1.2}, new double[] {1.5, 5}, new double[] {0.6, 0.9}, 110);

  /** A clean, centred capture: used to screen out source faces no gate would accept even bare. */
  public static final CaptureVariation NEUTRAL = new CaptureVariation(
      new double[] {80, 80}, new double[] {320, 320}, new double[] {210, 210}, 0,
      new double[] {1, 1}, new double[] {1, 1}, 0, new double[] {0, 0}, new double[] {1, 1}, new double[] {0.9, 0.9}, 110);

  public CaptureVariation {
    for (double[] range : new double[][] {interEyePixels, eyeX, eyeY, gain, gamma, blurSigma, noiseSigma, jpegQuality}) {
      if (range.length != 2 || range[0] > range[1]) {
        throw new IllegalArgumentException("each range is {low, high} with low <= high");
      }
    }
    if (interEyePixels[0] < 30 || jpegQuality[0] <= 0 || jpegQuality[1] > 1 || rollDegrees < 0 || portraitInterEyePixels < 30) {
      throw new IllegalArgumentException("capture variation out of bounds");
    }
    interEyePixels = interEyePixels.clone();
    eyeX = eyeX.clone();
    eyeY = eyeY.clone();
    gain = gain.clone();
    gamma = gamma.clone();
    blurSigma = blurSigma.clone();
    noiseSigma = noiseSigma.clone();
    jpegQuality = jpegQuality.clone();
  }
}
