package org.egate.biometrics.face.landmark;

/**
 * The 68 iBUG/dlib facial points in image pixels. Index ranges: jaw 0-16, brows 17-26, nose 27-35,
 * eyes 36-41 (subject's right, image left) and 42-47, mouth 48-67.
 */
public record Landmarks68(double[] xs, double[] ys) {
  public Landmarks68 {
    if (xs.length != 68 || ys.length != 68) {
      throw new IllegalArgumentException("need 68 points but had " + xs.length + "/" + ys.length);
    }
  }

  public double x(int i) {
    return xs[i];
  }

  public double y(int i) {
    return ys[i];
  }

  /** Mean of points [from, to). */
  public double[] center(int from, int to) {
    double sx = 0;
    double sy = 0;
    for (int i = from; i < to; i++) {
      sx += xs[i];
      sy += ys[i];
    }
    return new double[] {sx / (to - from), sy / (to - from)};
  }

  public double[] leftEyeCenter() {
    return center(36, 42);
  }

  public double[] rightEyeCenter() {
    return center(42, 48);
  }

  public double[] mouthCenter() {
    return center(48, 68);
  }

  public double interEyeDistance() {
    double[] l = leftEyeCenter();
    double[] r = rightEyeCenter();
    return Math.hypot(r[0] - l[0], r[1] - l[1]);
  }

  public Landmarks68 shifted(double dx, double dy) {
    double[] x = new double[68];
    double[] y = new double[68];
    for (int i = 0; i < 68; i++) {
      x[i] = xs[i] + dx;
      y[i] = ys[i] + dy;
    }
    return new Landmarks68(x, y);
  }

  public Landmarks68 scaled(double factor, double dx, double dy) {
    double[] x = new double[68];
    double[] y = new double[68];
    for (int i = 0; i < 68; i++) {
      x[i] = xs[i] * factor + dx;
      y[i] = ys[i] * factor + dy;
    }
    return new Landmarks68(x, y);
  }
}
