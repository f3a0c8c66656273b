package org.egate.biometrics.face.describe;

import java.util.Arrays;

/** The 128-D face descriptor of the ResNet net (dlib metric: Euclidean distance, ~0.6 = same person). */
public record FaceDescriptor(float[] values) {
  public static final int LENGTH = 128;

  public FaceDescriptor {
    if (values.length != LENGTH) {
      throw new IllegalArgumentException("descriptor must have 128 values but had " + values.length);
    }
    values = values.clone();
  }

  @Override
  public float[] values() {
    return values.clone();
  }

  /** The element-wise mean of two descriptors (e.g. of a face and of its mirror image). */
  public FaceDescriptor mean(FaceDescriptor other) {
    float[] m = new float[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      m[i] = (values[i] + other.values[i]) / 2;
    }
    return new FaceDescriptor(m);
  }

  public double distance(FaceDescriptor other) {
    double sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      double d = values[i] - other.values[i];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  public double cosine(FaceDescriptor other) {
    double dot = 0;
    double a = 0;
    double b = 0;
    for (int i = 0; i < LENGTH; i++) {
      dot += values[i] * other.values[i];
      a += values[i] * values[i];
      b += other.values[i] * other.values[i];
    }
    return dot / Math.sqrt(a * b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FaceDescriptor d && Arrays.equals(values, d.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "FaceDescriptor" + Arrays.toString(Arrays.copyOf(values, 4)) + "...";
  }
}
