package org.egate.server.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Face images for the demo and for tests that must run without ../shared: portraits cut from the
 * demo photos of the npm package {@code @vladmandic/face-api} (MIT licence), which the biometrics
 * build fetches and this module's build copies into its classes (decision 0103). Nothing of them is
 * committed to the repository.
 */
public final class DemoFaces {
  /** Where in the classes the build puts the photos. */
  static final String PHOTOS = "/org/egate/server/demo/photos/";

  /** A rectangle of one photo holding one face (found with the enrollment pipeline, 2026-11-27). */
  public record Crop(String photo, int x, int y, int width, int height) {
    public Crop {
      if (width < 1 || height < 1 || x < 0 || y < 0) {
        throw new IllegalArgumentException("crop must lie inside the photo but was " + x + "," + y + " " + width + "x" + height);
      }
    }
  }

  /**
   * Frontal, one face each, passing the enrollment quality check: the portraits of the demo
   * travelers, in the order they are enrolled (three different people).
   */
  public static final List<Crop> PORTRAITS = List.of(
      new Crop("sample3.jpg", 1455, 207, 288, 433),
      new Crop("sample5.jpg", 1057, 127, 269, 366),
      new Crop("sample6.jpg", 1114, 220, 320, 433));

  private DemoFaces() {}

  /** The portrait of demo traveler {@code i} (0-based), as JPEG. */
  public static byte[] portrait(int i) {
    if (i < 0 || i >= PORTRAITS.size()) {
      throw new IllegalArgumentException("demo portrait must be 0.." + (PORTRAITS.size() - 1) + " but was " + i);
    }
    return crop(PORTRAITS.get(i));
  }

  /** A rectangle of a demo photo, as JPEG. */
  public static byte[] crop(Crop c) {
    try {
      BufferedImage photo = ImageIO.read(new ByteArrayInputStream(photo(c.photo())));
      BufferedImage cut = photo.getSubimage(c.x(), c.y(), Math.min(c.width(), photo.getWidth() - c.x()), Math.min(c.height(), photo.getHeight() - c.y()));
      BufferedImage rgb = new BufferedImage(cut.getWidth(), cut.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.createGraphics().drawImage(cut, 0, 0, null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(rgb, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut " + c, e);
    }
  }

  /** A whole demo photo ({@code sample1.jpg} .. {@code sample6.jpg}, several people each). */
  public static byte[] photo(String name) {
    try (InputStream in = DemoFaces.class.getResourceAsStream(PHOTOS + name)) {
      if (in == null) {
        throw new IllegalStateException("demo photo " + name + " is not on the classpath: the server build copies it from "
            + "biometrics/models/node_modules/@vladmandic/face-api/demo (run the Maven build)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
