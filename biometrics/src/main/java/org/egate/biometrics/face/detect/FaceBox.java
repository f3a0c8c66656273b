package org.egate.biometrics.face.detect;

/** An axis-aligned box in image pixels. */
public record FaceBox(double x, double y, double width, double height) {
  public FaceBox {
    if (!(width >= 0) || !(height >= 0)) {
      throw new IllegalArgumentException("box size must be >= 0 but was " + width + "x" + height);
    }
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public double centerX() {
    return x + width / 2;
  }

  public double centerY() {
    return y + height / 2;
  }

  public double area() {
    return width * height;
  }

  public double iou(FaceBox other) {
    double ix = Math.max(0, Math.min(right(), other.right()) - Math.max(x, other.x));
    double iy = Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(y, other.y));
    double inter = ix * iy;
    double union = area() + other.area() - inter;
    return union <= 0 ? 0 : inter / union;
  }

  /** face-api's {@code Box.clipAtImageBorders}: clip, then floor every field. */
  public int[] clippedFloor(int imageWidth, int imageHeight) {
    double cx = Math.max(x, 0);
    double cy = Math.max(y, 0);
    double w = Math.min(right() - cx, imageWidth - cx);
    double h = Math.min(bottom() - cy, imageHeight - cy);
    return new int[] {(int) Math.floor(cx), (int) Math.floor(cy), (int) Math.floor(w), (int) Math.floor(h)};
  }

  public FaceBox scaled(double factor, double dx, double dy) {
    return new FaceBox(x * factor + dx, y * factor + dy, width * factor, height * factor);
  }
}
