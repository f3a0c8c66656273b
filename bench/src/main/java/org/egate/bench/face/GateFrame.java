package org.egate.bench.face;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.egate.biometrics.face.image.RgbImage;

/**
 * A 640x480 gate-camera frame with one face at about 0.5 m (face ~190 px wide, ~80 px between the
 * eyes), cut from face-api's MIT-licensed sample2.jpg (the right-most person only).
 * Run from the repository root, or set {@code -Degate.face.samples=DIR}.
 */
final class GateFrame {
  private GateFrame() {
  }

  static RgbImage load() throws Exception {
    Path dir = Path.of(System.getProperty("egate.face.samples", "biometrics/models/node_modules/@vladmandic/face-api/demo"));
    RgbImage photo = RgbImage.fromBufferedImage(ImageIO.read(Files.newInputStream(dir.resolve("sample2.jpg"))));
    int x = Integer.getInteger("egate.face.frameX", 1280);
    int y = Integer.getInteger("egate.face.frameY", 0);
    return photo.cropFilled(x, y, 640, 480, 0);
  }

  /** Writes the frame as JPEG (quality default) so the JS library can be timed on the same picture. */
  public static void main(String[] args) throws Exception {
    ImageIO.write(load().toBufferedImage(), "jpg", Path.of(args[0]).toFile());
  }
}
