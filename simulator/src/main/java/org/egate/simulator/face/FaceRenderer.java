package org.egate.simulator.face;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.lane.device.simulated.Accessory;

/**
 * Draws a person of a {@link FaceLibrary} as the enrollment portrait and as live 640x480 gate
 * frames (decision 0130). The head (an ellipse around the face, feathered, never reaching another
 * face of a group photo) is cut from the real photo and placed, scaled and rolled, in front of a
 * wall and shoulders; then occlusions are drawn on it, and the whole frame gets the camera's
 * exposure, tone curve, white balance, blur, sensor noise and JPEG compression
 * ({@link CaptureVariation}). Deterministic for a given random generator.
 */
public final class FaceRenderer {

  public static final int FRAME_WIDTH = 640;
  public static final int FRAME_HEIGHT = 480;
  static final int PORTRAIT_WIDTH = 480;
  static final int PORTRAIT_HEIGHT = 600;

  private final CaptureVariation variation;

  public FaceRenderer(CaptureVariation variation) {
    this.variation = Objects.requireNonNull(variation, "variation");
  }

  /** An ICAO-style enrollment portrait: frontal, eyes level, plain light background, even light. */
  public byte[] portrait(FaceIdentity who, SplittableRandom random) {
    BufferedImage image = new BufferedImage(PORTRAIT_WIDTH, PORTRAIT_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    int wall = 205 + random.nextInt(30);
    g.setColor(new Color(wall, wall, Math.min(255, wall + 5)));
    g.fillRect(0, 0, PORTRAIT_WIDTH, PORTRAIT_HEIGHT);
    double eyes = variation.portraitInterEyePixels();
    shoulders(g, PORTRAIT_WIDTH / 2.0, PORTRAIT_HEIGHT * 0.42, eyes, random);
    g.dispose();
    head(image, who.enrollment(), who.enrollmentLandmarks(), who.exclusionRadius(),
        placement(who.enrollmentLandmarks(), PORTRAIT_WIDTH / 2.0, PORTRAIT_HEIGHT * 0.42, eyes, 0));
    addNoise(image, 1.5, random);
    return jpeg(image, 0.92);
  }

  /**
   * One live gate frame of {@code who}, wearing {@code worn}; with {@code companion}, a second
   * person stands close behind (smaller, to one side), as a tailgater the people counter missed.
   */
  public byte[] liveFrame(FaceIdentity who, Set<Accessory> worn, Optional<FaceIdentity> companion, SplittableRandom random) {
    CaptureVariation v = variation;
    BufferedImage image = new BufferedImage(FRAME_WIDTH, FRAME_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    int wall = 90 + random.nextInt(100);
    g.setPaint(new GradientPaint(0, 0, grey(wall + 15, random), 0, FRAME_HEIGHT, grey(wall - 15, random)));
    g.fillRect(0, 0, FRAME_WIDTH, FRAME_HEIGHT);
    double eyes = uniform(v.interEyePixels(), random);
    double cx = uniform(v.eyeX(), random);
    double cy = uniform(v.eyeY(), random);
    double roll = (random.nextDouble() * 2 - 1) * v.rollDegrees();
    if (companion.isPresent()) {
      double side = cx < FRAME_WIDTH / 2.0 ? 1 : -1;
      double ce = eyes * 0.75;
      double ccx = cx + side * eyes * 2.6;
      double ccy = cy - eyes * 0.4;
      shoulders(g, ccx, ccy, ce, random);
      g.dispose();
      FaceIdentity c = companion.get();
      head(image, c.live(), c.liveLandmarks(), c.exclusionRadius(), placement(c.liveLandmarks(), ccx, ccy, ce, -roll));
      g = image.createGraphics();
    }
    shoulders(g, cx, cy, eyes, random);
    g.dispose();
    AffineTransform place = placement(who.liveLandmarks(), cx, cy, eyes, roll);
    head(image, who.live(), who.liveLandmarks(), who.exclusionRadius(), place);
    double[][] p = transformed(who.liveLandmarks(), place);
    double skin = skinLuma(image, p); // before anything covers the nose
    g = image.createGraphics();
    if (worn.contains(Accessory.MASK)) {
      Occlusions.mask(g, p, eyes, random);
    }
    if (worn.contains(Accessory.SUNGLASSES)) {
      Occlusions.sunglasses(g, p, eyes, skin, random);
    }
    if (worn.contains(Accessory.HAT)) {
      Occlusions.hat(g, p, random);
    }
    g.dispose();
    tone(image, uniform(v.gain(), random), uniform(v.gamma(), random), v.colourCast(), random);
    double sigma = uniform(v.blurSigma(), random);
    if (sigma >= 0.3) {
      image = blur(image, sigma);
    }
    addNoise(image, uniform(v.noiseSigma(), random), random);
    return jpeg(image, uniform(v.jpegQuality(), random));
  }

  /** Mean luma of the skin on the nose, between the eyes' inner corners and the nose tip (frame pixels). */
  static double skinLuma(BufferedImage image, double[][] p) {
    int x0 = (int) Math.floor(Math.min(p[39][0], p[42][0]));
    int x1 = (int) Math.ceil(Math.max(p[39][0], p[42][0]));
    int y0 = (int) Math.floor(p[28][1]);
    int y1 = (int) Math.ceil(p[30][1]);
    double sum = 0;
    int n = 0;
    for (int y = Math.max(0, y0); y <= Math.min(image.getHeight() - 1, y1); y++) {
      for (int x = Math.max(0, x0); x <= Math.min(image.getWidth() - 1, x1); x++) {
        int rgb = image.getRGB(x, y);
        sum += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
        n++;
      }
    }
    return n == 0 ? 128 : sum / n;
  }

  /** Source photo to target: eyes' midpoint to (x, y), eyes {@code eyes} px apart, rolled {@code roll} degrees. */
  static AffineTransform placement(Landmarks68 l, double x, double y, double eyes, double roll) {
    double[] a = l.leftEyeCenter();
    double[] b = l.rightEyeCenter();
    double sourceRoll = Math.atan2(b[1] - a[1], b[0] - a[0]);
    AffineTransform t = new AffineTransform();
    t.translate(x, y);
    t.rotate(Math.toRadians(roll) - sourceRoll);
    t.scale(eyes / l.interEyeDistance(), eyes / l.interEyeDistance());
    t.translate(-(a[0] + b[0]) / 2, -(a[1] + b[1]) / 2);
    return t;
  }

  static double[][] transformed(Landmarks68 l, AffineTransform t) {
    double[][] p = new double[68][];
    for (int i = 0; i < 68; i++) {
      Point2D q = t.transform(new Point2D.Double(l.x(i), l.y(i)), null);
      p[i] = new double[] {q.getX(), q.getY()};
    }
    return p;
  }

  /**
   * Copies the head from {@code source} into {@code target} through {@code place}: an ellipse
   * about the face (1.45 eye distances wide each side, 2 high, centred below the eyes), feathered
   * over its outer 15 %, cut at {@code exclusionRadius} from the face so no neighbour comes along.
   */
  static void head(BufferedImage target, RgbImage source, Landmarks68 l, double exclusionRadius, AffineTransform place) {
    AffineTransform inverse;
    try {
      inverse = place.createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalArgumentException("degenerate placement", e);
    }
    double ie = l.interEyeDistance();
    double[] mid = FaceLibrary.eyeMidpoint(l);
    double hx = mid[0];
    double hy = mid[1] + 0.45 * ie;
    double rx = 1.45 * ie;
    double ry = 2.0 * ie;
    double scale = Math.sqrt(Math.abs(place.getDeterminant()));
    int reach = (int) Math.ceil(ry * scale) + 2;
    Point2D centre = place.transform(new Point2D.Double(hx, hy), null);
    int x0 = Math.max(0, (int) centre.getX() - reach);
    int x1 = Math.min(target.getWidth() - 1, (int) centre.getX() + reach);
    int y0 = Math.max(0, (int) centre.getY() - reach);
    int y1 = Math.min(target.getHeight() - 1, (int) centre.getY() + reach);
    double[] s = new double[2];
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        inverse.transform(new double[] {x + 0.5, y + 0.5}, 0, s, 0, 1);
        double ex = (s[0] - hx) / rx;
        double ey = (s[1] - hy) / ry;
        double e = Math.sqrt(ex * ex + ey * ey);
        double dist = Math.hypot(s[0] - mid[0], s[1] - mid[1]);
        double edge = Math.min(Math.min(s[0], s[1]), Math.min(source.width() - 1 - s[0], source.height() - 1 - s[1]));
        double alpha = Math.min(Math.min(smooth((1 - e) / 0.15), smooth((exclusionRadius - dist) / (0.3 * ie))),
            smooth(edge / (0.25 * ie))); // tight crops (LFW) fade out at their border instead of a hard edge
        if (alpha <= 0 || s[0] < 0 || s[1] < 0 || s[0] > source.width() - 1 || s[1] > source.height() - 1) {
          continue;
        }
        int rgb = bilinear(source, s[0], s[1]);
        if (alpha < 1) {
          rgb = blend(target.getRGB(x, y), rgb, alpha);
        }
        target.setRGB(x, y, rgb);
      }
    }
  }

  private static void shoulders(Graphics2D g, double eyeX, double eyeY, double eyes, SplittableRandom random) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
    g.fill(new Ellipse2D.Double(eyeX - 2.6 * eyes, eyeY + 2.6 * eyes, 5.2 * eyes, 4 * eyes));
  }

  private static double smooth(double t) {
    double c = Math.max(0, Math.min(1, t));
    return c * c * (3 - 2 * c);
  }

  private static int bilinear(RgbImage img, double x, double y) {
    int x0 = (int) x;
    int y0 = (int) y;
    int x1 = Math.min(img.width() - 1, x0 + 1);
    int y1 = Math.min(img.height() - 1, y0 + 1);
    double fx = x - x0;
    double fy = y - y0;
    int out = 0;
    for (int c = 0; c < 3; c++) {
      double top = channel(img, x0, y0, c) * (1 - fx) + channel(img, x1, y0, c) * fx;
      double bottom = channel(img, x0, y1, c) * (1 - fx) + channel(img, x1, y1, c) * fx;
      out = out << 8 | (int) Math.round(top * (1 - fy) + bottom * fy);
    }
    return out;
  }

  private static int channel(RgbImage img, int x, int y, int c) {
    return img.rgb()[(y * img.width() + x) * 3 + c] & 0xff;
  }

  private static int blend(int under, int over, double alpha) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      double v = ((under >> shift) & 0xff) * (1 - alpha) + ((over >> shift) & 0xff) * alpha;
      out |= ((int) Math.round(v)) << shift;
    }
    return out;
  }

  /** Exposure gain, tone curve and white balance on the whole frame. */
  private static void tone(BufferedImage image, double gain, double gamma, double cast, SplittableRandom random) {
    double[] channelGain = new double[3];
    for (int c = 0; c < 3; c++) {
      channelGain[c] = gain * (1 + (random.nextDouble() * 2 - 1) * cast);
    }
    int[][] lut = new int[3][256];
    for (int c = 0; c < 3; c++) {
      for (int v = 0; v < 256; v++) {
        lut[c][v] = clamp((int) Math.round(255 * Math.pow(Math.min(1, v / 255.0 * channelGain[c]), gamma)));
      }
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] px = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      px[i] = lut[0][(p >> 16) & 0xff] << 16 | lut[1][(p >> 8) & 0xff] << 8 | lut[2][p & 0xff];
    }
    image.setRGB(0, 0, w, h, px, 0, w);
  }

  private static void addNoise(BufferedImage image, double sigma, SplittableRandom random) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] px = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) {
      int p = px[i];
      int n = (int) Math.round(random.nextGaussian() * sigma);
      px[i] = clamp(((p >> 16) & 0xff) + n) << 16 | clamp(((p >> 8) & 0xff) + n) << 8 | clamp((p & 0xff) + n);
    }
    image.setRGB(0, 0, w, h, px, 0, w);
  }

  private static BufferedImage blur(BufferedImage in, double sigma) {
    int radius = (int) Math.ceil(3 * sigma);
    float[] k = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      k[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
      sum += k[i + radius];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    BufferedImage h = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
    return new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(h, null);
  }

  /** JPEG bytes at {@code quality} (0..1), as the camera delivers them. */
  static byte[] jpeg(BufferedImage image, double quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality((float) quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static Color grey(int level, SplittableRandom random) {
    int v = clamp(level);
    return new Color(v, v, clamp(v + random.nextInt(11) - 5));
  }

  private static double uniform(double[] range, SplittableRandom random) {
    return range[0] + random.nextDouble() * (range[1] - range[0]);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
