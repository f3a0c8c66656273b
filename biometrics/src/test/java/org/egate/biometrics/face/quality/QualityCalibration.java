package org.egate.biometrics.face.quality;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;

/**
 * Calibration of the quality measures (not a test; run by hand, results in
 * docs/FACE-QUALITY-CALIBRATION.md): clean LFW dev faces, the same faces with synthesized dark
 * glasses, hats and blur, and the real masked faces of ../shared/data/faces/masks. Prints the
 * percentiles of every measure per set.
 */
public final class QualityCalibration {
  private static final Map<String, Integer> failed = new java.util.TreeMap<>();
  /** Per set, how many faces fail each item of the gate report (with the thresholds in force). */
  private static final Map<String, Map<QualityCheck, Integer>> refused = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    List<Path> lfw;
    try (Stream<Path> s = Files.walk(data.resolve("faces/lfw-dev/images"))) {
      lfw = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
    }
    List<Path> masks;
    try (Stream<Path> s = Files.list(data.resolve("faces/masks/images"))) {
      masks = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
    }
    Random random = new Random(5);
    List<Path> sample = new ArrayList<>(lfw);
    java.util.Collections.shuffle(sample, random);
    sample = sample.subList(0, n);
    Map<String, List<FaceQuality.Measures>> sets = new LinkedHashMap<>();
    try (FaceModels models = FaceModels.load(1)) {
      FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
      for (Path p : args.length > 2 && args[2].equals("masks-only") ? List.<Path>of() : sample) {
        FaceAnalysis clean;
        try {
          clean = pipeline.analyze(Files.readAllBytes(p));
        } catch (Exception e) {
          continue;
        }
        add(sets, "lfw-clean", clean);
        BufferedImage img = clean.image().toBufferedImage();
        tryAdd(sets, "lfw-sunglasses", pipeline, sunglasses(img, clean.landmarks(), random));
        tryAdd(sets, "lfw-hat", pipeline, hat(img, clean.landmarks(), random));
        tryAdd(sets, "lfw-blur", pipeline, blur(img, 4));
      }
      // colour faces without occlusion: every face of face-api's six demo photos, each in a 640x480 frame
      FacePipeline gate = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
      org.egate.biometrics.face.detect.FaceDetector detector = new org.egate.biometrics.face.detect.FaceDetector(models);
      for (int i = 1; i <= 6; i++) {
        RgbImage photo = RgbImage.fromBufferedImage(javax.imageio.ImageIO.read(
            Path.of("models/node_modules/@vladmandic/face-api/demo/sample" + i + ".jpg").toFile()));
        for (var d : detector.detect(photo, 0.5, 10)) {
          RgbImage frame = photo.cropFilled((int) d.box().centerX() - 320, (int) d.box().centerY() - 240, 640, 480, 0);
          try {
            add(sets, "demo-colour", gate.analyze(frame));
          } catch (Exception e) {
            failed.merge("demo-colour", 1, Integer::sum);
          }
        }
      }
      // the mask photos are mostly crowd scenes with small faces: measure every face with >= 15 px between the eyes
      FacePipeline small = new FacePipeline(models, ImageDecoder.standard(),
          new FaceParameters(512, 0.5, 0.3, new double[] {2.0, 3.0}, 10, 15, true, 0.12));
      for (Path p : masks) {
        try {
          add(sets, "masks-real", small.analyze(Files.readAllBytes(p)));
        } catch (Exception e) {
          failed.merge("masks-real", 1, Integer::sum);
        }
      }
    }
    for (String person : System.getProperty("people", "").split(",")) {
      if (person.isBlank()) {
        continue;
      }
      try (FaceModels models = FaceModels.load(1); Stream<Path> s = Files.list(data.resolve("faces/lfw-dev/images").resolve(person))) {
        FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
        for (Path p : s.sorted().toList()) {
          FaceAnalysis a = pipeline.analyze(Files.readAllBytes(p));
          FaceQuality.Measures m = FaceQuality.measure(a);
          System.out.printf("person %-32s eyeToCheek %6.3f maskScore %6.3f hatScore %6.3f failing %s%n", p.getFileName(), m.eyeToCheek(),
              m.maskScore(), m.hatScore(), new FaceQuality(QualityThresholds.gate()).assess(a).failed().stream().map(i -> i.check()).toList());
        }
      }
    }
    String[] names = {"yaw", "pitch", "roll", "sharpness", "exposure", "eyeToCheek", "lowerLuma", "lowerChroma", "mouthDetail",
        "maskScore", "foreheadLuma", "foreheadChroma", "brimEdge", "hatScore"};
    System.out.println("not analysed (no face / too small): " + failed);
    for (var e : sets.entrySet()) {
      System.out.println("== " + e.getKey() + " (" + e.getValue().size() + ") failing gate items: " + refused.get(e.getKey()));
      // hat score at other forehead-lightness scales: how many faces of the set it would flag (> max hat score)
      StringBuilder sweep = new StringBuilder("  hat flagged at lightness scale");
      for (double scale : new double[] {0.20, 0.25, 0.30, 0.35, 0.40}) {
        long flagged = e.getValue().stream().filter(m -> m.hatScore() - m.foreheadLuma() / FaceQuality.HAT_LIGHTNESS_SCALE
            + m.foreheadLuma() / scale > QualityThresholds.gate().maxHatScore()).count();
        sweep.append(String.format(" %.2f: %d", scale, flagged));
      }
      System.out.println(sweep);
      for (int f = 0; f < names.length; f++) {
        double[] v = new double[e.getValue().size()];
        for (int i = 0; i < v.length; i++) {
          v[i] = value(e.getValue().get(i), f);
        }
        Arrays.sort(v);
        if (v.length > 0) {
          System.out.printf("  %-15s p2 %8.3f p5 %8.3f p50 %8.3f p95 %8.3f p98 %8.3f%n", names[f], pct(v, 2), pct(v, 5), pct(v, 50), pct(v, 95), pct(v, 98));
        }
      }
    }
  }

  private static double pct(double[] v, double p) {
    return v[(int) Math.min(v.length - 1, Math.floor(p / 100 * v.length))];
  }

  private static double value(FaceQuality.Measures m, int f) {
    return switch (f) {
      case 0 -> m.yaw();
      case 1 -> m.pitch();
      case 2 -> m.roll();
      case 3 -> m.sharpness();
      case 4 -> m.exposure();
      case 5 -> m.eyeToCheek();
      case 6 -> m.lowerLuma();
      case 7 -> m.lowerChroma();
      case 8 -> m.mouthDetail();
      case 9 -> m.maskScore();
      case 10 -> m.foreheadLuma();
      case 11 -> m.foreheadChroma();
      case 12 -> m.brimEdge();
      default -> m.hatScore();
    };
  }

  private static void add(Map<String, List<FaceQuality.Measures>> sets, String set, FaceAnalysis a) {
    sets.computeIfAbsent(set, k -> new ArrayList<>()).add(FaceQuality.measure(a));
    Map<QualityCheck, Integer> counts = refused.computeIfAbsent(set, k -> new java.util.EnumMap<>(QualityCheck.class));
    for (QualityItem item : new FaceQuality(QualityThresholds.gate()).assess(a).failed()) {
      counts.merge(item.check(), 1, Integer::sum);
    }
  }

  private static void tryAdd(Map<String, List<FaceQuality.Measures>> sets, String set, FacePipeline pipeline, BufferedImage img) {
    try {
      add(sets, set, pipeline.analyze(RgbImage.fromBufferedImage(img)));
    } catch (Exception e) {
      failed.merge(set, 1, Integer::sum);
    }
  }

  static BufferedImage copy(BufferedImage in) {
    BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, 0, 0, null);
    g.dispose();
    return out;
  }

  /** Two dark lenses over the eyes, a bridge and temples, with a faint highlight. */
  static BufferedImage sunglasses(BufferedImage in, Landmarks68 l, Random random) {
    BufferedImage out = copy(in);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double eyeDist = l.interEyeDistance();
    double rx = eyeDist * (0.36 + 0.06 * random.nextDouble());
    double ry = rx * (0.7 + 0.15 * random.nextDouble());
    int shade = 10 + random.nextInt(40);
    for (double[] c : new double[][] {l.leftEyeCenter(), l.rightEyeCenter()}) {
      g.setColor(new Color(shade, shade, shade + random.nextInt(10)));
      g.fill(new Ellipse2D.Double(c[0] - rx, c[1] - ry * 0.9, 2 * rx, 2 * ry));
      g.setColor(new Color(255, 255, 255, 40));
      g.fill(new Ellipse2D.Double(c[0] - rx * 0.5, c[1] - ry * 0.6, rx * 0.5, ry * 0.3));
    }
    double[] a = l.leftEyeCenter();
    double[] b = l.rightEyeCenter();
    g.setColor(new Color(shade, shade, shade));
    g.setStroke(new BasicStroke((float) (eyeDist * 0.05)));
    g.drawLine((int) (a[0] + rx * 0.9), (int) (a[1] - ry * 0.4), (int) (b[0] - rx * 0.9), (int) (b[1] - ry * 0.4));
    g.drawLine((int) (a[0] - rx), (int) a[1], (int) l.x(0), (int) l.y(0));
    g.drawLine((int) (b[0] + rx), (int) b[1], (int) l.x(16), (int) l.y(16));
    g.dispose();
    return out;
  }

  /** A cap or hat: a textured crown over the top of the head down to just above the brows, with a brim shadow. */
  static BufferedImage hat(BufferedImage in, Landmarks68 l, Random random) {
    BufferedImage out = copy(in);
    double browY = Math.min(l.y(19), l.y(24));
    double unit = l.y(30) - browY;
    double brimY = browY - unit * (0.15 + 0.25 * random.nextDouble());
    double left = l.x(0) - unit * 0.6;
    double right = l.x(16) + unit * 0.6;
    int base = random.nextBoolean() ? 20 + random.nextInt(60) : 120 + random.nextInt(110);
    int r = clamp(base + random.nextInt(40) - 20);
    int gr = clamp(base + random.nextInt(40) - 20);
    int bl = clamp(base + random.nextInt(40) - 20);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        double curve = brimY + Math.pow((x - (left + right) / 2) / ((right - left) / 2), 2) * unit * 0.15;
        if (x >= left && x <= right && y <= curve) {
          int noise = random.nextInt(17) - 8;
          out.setRGB(x, y, clamp(r + noise) << 16 | clamp(gr + noise) << 8 | clamp(bl + noise));
        } else if (x >= left && x <= right && y <= curve + unit * 0.12) {
          int c = out.getRGB(x, y);
          out.setRGB(x, y, ((c >> 16 & 0xff) * 6 / 10) << 16 | ((c >> 8 & 0xff) * 6 / 10) << 8 | (c & 0xff) * 6 / 10);
        }
      }
    }
    return out;
  }

  static BufferedImage blur(BufferedImage in, double sigma) {
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
    BufferedImage padded = copy(in);
    BufferedImage h = new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(padded, null);
    return new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(h, null);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
