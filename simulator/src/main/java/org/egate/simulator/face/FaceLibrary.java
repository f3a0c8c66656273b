package org.egate.simulator.face;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.egate.biometrics.face.FaceAnalysis;
import org.egate.biometrics.face.FaceImageException;
import org.egate.biometrics.face.FaceParameters;
import org.egate.biometrics.face.FacePipeline;
import org.egate.biometrics.face.detect.Detection;
import org.egate.biometrics.face.detect.FaceDetector;
import org.egate.biometrics.face.image.ImageDecoder;
import org.egate.biometrics.face.image.RgbImage;
import org.egate.biometrics.face.landmark.Landmarks68;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.biometrics.face.quality.FaceQuality;
import org.egate.biometrics.face.quality.QualityThresholds;
import org.egate.lane.device.simulated.Accessory;

/**
 * The real faces the simulator draws travelers' images from (decision 0130).
 *
 * <ul>
 *   <li>{@link #demo}: every face the detector finds in the six MIT-licensed demo photos of the
 *       {@code @vladmandic/face-api} npm package (the package the face models come from). The
 *       simulator's build copies them from {@code biometrics/models/node_modules} into its
 *       resources ({@link #DEMO_RESOURCES}), so a fresh clone needs nothing else. One photo per
 *       person: portrait and live frames come from the same photo.
 *   <li>{@link #lfw}: a folder in the LFW layout ({@code <dir>/<Person_Name>/<Person_Name>_0001.jpg});
 *       people with two or more photos get the portrait from the first and live frames from the
 *       second (a real genuine pair), people with one photo are used like the demo faces.
 * </ul>
 */
public final class FaceLibrary {

  /** Where the build puts the demo photos on the classpath. */
  public static final String DEMO_RESOURCES = "/org/egate/simulator/face/demo/";
  static final int DEMO_PHOTOS = 6;

  private final List<FaceIdentity> identities;
  private final String source;

  FaceLibrary(List<FaceIdentity> identities, String source) {
    this.identities = List.copyOf(identities);
    this.source = Objects.requireNonNull(source, "source");
    if (this.identities.size() < 2) {
      throw new IllegalArgumentException("a face library needs at least 2 people but " + source + " gave "
          + this.identities.size());
    }
  }

  public List<FaceIdentity> identities() {
    return identities;
  }

  public FaceIdentity identity(int index) {
    return identities.get(index);
  }

  public int size() {
    return identities.size();
  }

  /** What the faces are, for reports. */
  public String source() {
    return source;
  }

  /** The demo photos from the simulator's resources; fails with a plain message when the build did not pack them. */
  public static FaceLibrary demo(FaceModels models) {
    List<RgbImage> photos = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= DEMO_PHOTOS; i++) {
      String name = "sample" + i + ".jpg";
      try (InputStream in = FaceLibrary.class.getResourceAsStream(DEMO_RESOURCES + name)) {
        if (in == null) {
          throw new IllegalStateException("face photo " + DEMO_RESOURCES + name + " is not on the classpath: build the"
              + " simulator with Maven (-am), which copies face-api's demo photos from biometrics/models/node_modules");
        }
        photos.add(RgbImage.fromBufferedImage(ImageIO.read(in)));
        names.add(name);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }
    return fromGroupPhotos(models, photos, names, "face-api demo photos (MIT, @vladmandic/face-api 1.7.15)");
  }

  /** Every face in each photo becomes one person (the photos show different people). */
  static FaceLibrary fromGroupPhotos(FaceModels models, List<RgbImage> photos, List<String> names, String source) {
    FaceDetector detector = new FaceDetector(models);
    FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
    GateUsability usability = new GateUsability(models);
    List<FaceIdentity> found = new ArrayList<>();
    for (int p = 0; p < photos.size(); p++) {
      RgbImage photo = photos.get(p);
      List<Detection> faces = new ArrayList<>(detector.detect(photo, 0.5, 20));
      faces.sort(Comparator.comparingDouble(d -> d.box().x()));
      for (int f = 0; f < faces.size(); f++) {
        Detection d = faces.get(f);
        double nearest = Double.MAX_VALUE;
        for (Detection other : faces) {
          if (other != d) {
            nearest = Math.min(nearest, Math.hypot(other.box().centerX() - d.box().centerX(),
                other.box().centerY() - d.box().centerY()));
          }
        }
        double side = Math.max(d.box().width(), d.box().height());
        int x = (int) Math.round(d.box().centerX() - side);
        int y = (int) Math.round(d.box().centerY() - side);
        int w = (int) Math.round(2 * side);
        RgbImage crop = photo.cropFilled(x, y, w, w, 128);
        Landmarks68 landmarks;
        try {
          FaceAnalysis a = pipeline.analyze(crop);
          landmarks = a.landmarks().shifted(x, y);
        } catch (FaceImageException e) {
          continue;
        }
        double[] eyes = eyeMidpoint(landmarks);
        if (!inside(d, eyes[0], eyes[1]) || landmarks.interEyeDistance() < 20) {
          continue; // the crop's largest face was a neighbour, or too small to draw a gate frame from
        }
        double radius = Math.min(nearest / 2, 6 * landmarks.interEyeDistance());
        found.add(new FaceIdentity(names.get(p) + "#" + (f + 1), photo, landmarks, photo, landmarks, radius));
      }
    }
    return new FaceLibrary(usableAtGate(models, found), source);
  }

  /**
   * The people whose bare face, drawn as a clean centred gate frame, the gate's quality report
   * accepts, and whose drawn portrait the enrollment pipeline finds: a photo with the head turned
   * 35 degrees or a hat on would never pass at any gate, and a real traveler would face the camera
   * bare-headed; a tight crop the detector cannot find in a portrait could not be enrolled
   * (decision 0130). The face must also be found behind dark glasses in one of three clean frames,
   * or the lane could never ask its wearer to take them off (decision 0150).
   */
  static List<FaceIdentity> usableAtGate(FaceModels models, List<FaceIdentity> people) {
    GateUsability usability = new GateUsability(models);
    return people.stream().filter(usability::test).toList();
  }

  /** The test of {@link #usableAtGate}, one person at a time (pipelines built once). */
  private static final class GateUsability {
    static final int SUNGLASSES_TRIES = 3;
    private final FacePipeline enrollment;
    private final FacePipeline gate;
    private final FaceQuality quality = new FaceQuality(QualityThresholds.gate());
    private final FaceRenderer renderer = new FaceRenderer(CaptureVariation.NEUTRAL);

    GateUsability(FaceModels models) {
      enrollment = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
      gate = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.gate());
    }

    boolean test(FaceIdentity who) {
      try {
        if (!quality.assess(gate.analyze(renderer.liveFrame(who, Set.of(), Optional.empty(), new SplittableRandom(1))))
            .acceptable() || enrollment.analyze(renderer.portrait(who, new SplittableRandom(1))) == null) {
          return false;
        }
      } catch (FaceImageException e) {
        return false; // not found in its own clean frame: leave out
      }
      // The lane can only ask to take dark glasses off a face it finds (decision 0150): a face the
      // detector loses behind dark glasses in three clean frames is one the 2-D renderer cannot turn
      // to the camera (a selfie turned 20-25 degrees), not a traveler facing the gate.
      for (int seed = 1; seed <= SUNGLASSES_TRIES; seed++) {
        try {
          gate.analyze(renderer.liveFrame(who, Set.of(Accessory.SUNGLASSES), Optional.empty(), new SplittableRandom(seed)));
          return true;
        } catch (FaceImageException e) {
          // try the next frame
        }
      }
      return false;
    }
  }

  /**
   * People of an LFW-layout folder usable at the gate (see {@link #usableAtGate}), at most {@code
   * max}, those with two or more photos first (folders in name order).
   */
  public static FaceLibrary lfw(FaceModels models, Path dir, int max) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--faces " + dir + ": not a folder");
    }
    List<List<Path>> people = new ArrayList<>();
    try (Stream<Path> folders = Files.list(dir)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(folder)) {
          List<Path> jpgs = files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".jpg")).sorted().toList();
          if (!jpgs.isEmpty()) {
            people.add(jpgs);
          }
        }
      }
    }
    people.sort(Comparator.comparingInt(l -> l.size() >= 2 ? 0 : 1));
    FacePipeline pipeline = new FacePipeline(models, ImageDecoder.standard(), FaceParameters.enrollment());
    GateUsability usability = new GateUsability(models);
    List<FaceIdentity> found = new ArrayList<>();
    for (List<Path> photos : people) {
      if (found.size() >= max) {
        break;
      }
      try {
        FaceAnalysis first = pipeline.analyze(Files.readAllBytes(photos.get(0)));
        FaceAnalysis second = photos.size() >= 2 ? pipeline.analyze(Files.readAllBytes(photos.get(1))) : first;
        double radius = 0.45 * Math.min(first.image().width(), first.image().height());
        FaceIdentity who = new FaceIdentity(photos.get(0).getParent().getFileName().toString(), first.image(),
            first.landmarks(), second.image(), second.landmarks(), radius);
        if (usability.test(who)) { // scan on until max people usable at the gate, not max read
          found.add(who);
        }
      } catch (FaceImageException e) {
        // a photo the pipeline finds no usable face in: skip the person
      }
    }
    return new FaceLibrary(found, "LFW-layout folder " + dir);
  }

  static double[] eyeMidpoint(Landmarks68 l) {
    double[] a = l.leftEyeCenter();
    double[] b = l.rightEyeCenter();
    return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
  }

  private static boolean inside(Detection d, double x, double y) {
    return x >= d.box().x() && x <= d.box().right() && y >= d.box().y() && y <= d.box().bottom();
  }

  /** Reads a photo file (tests). */
  static RgbImage read(Path file) {
    try {
      return RgbImage.fromBufferedImage(ImageIO.read(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
