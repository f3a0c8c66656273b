package org.egate.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egate.biometrics.face.model.FaceModels;
import org.egate.lane.biometric.FaceApiMatcher;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.biometric.SourceAfisFingerMatcher;
import org.egate.lane.device.simulated.Visitor;
import org.egate.simulator.face.CaptureVariation;
import org.egate.simulator.face.FaceLibrary;
import org.egate.simulator.face.FaceRenderer;
import org.egate.simulator.face.TravelerFaces;
import org.egate.simulator.finger.MasterFingerprint;
import org.egate.simulator.finger.SyntheticFingerprints;
import org.egate.simulator.population.GateBehaviour;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * A simulated person's biometrics for runs against the real server, named by a number: the
 * enrollment portrait (a real face of the face-api demo photos, decision 0130) and synthetic
 * index fingerprints (first impressions), and what a lane's camera and scanner get at the gate:
 * rendered 640x480 live frames (bare and with whatever is still worn) and second impressions,
 * written as image files. An impostor presents another person's face and fingers; a face the
 * traveler's behaviour makes unrecognizable is another identity's face; unreadable fingers give no
 * image. Holds the face models the lanes' {@link FaceApiMatcher}s share; close it after the lanes.
 */
public final class SyntheticBiometrics implements AutoCloseable {
  /** Added to a person's number for the impostor who carries their document (their fingers). */
  static final long IMPOSTOR = 500_000_000L;

  private final SyntheticFingerprints fingers = SyntheticFingerprints.withDefaults();
  private final Path imageDir;
  private final FaceModels models;
  private final TravelerFaces faces;

  /** Gate images go to {@code imageDir} (created if missing); faces drawn with {@code seed}. */
  public SyntheticBiometrics(Path imageDir, long seed) {
    this.imageDir = imageDir;
    try {
      Files.createDirectories(imageDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + imageDir, e);
    }
    this.models = FaceModels.load(1);
    try {
      this.faces = new TravelerFaces(FaceLibrary.demo(models), new FaceRenderer(CaptureVariation.GATE), seed);
    } catch (RuntimeException e) {
      models.close();
      throw e;
    }
  }

  /** A lane's face matcher on the shared models (face-api descriptors, the server's enrollment format). */
  public FaceMatcher faceMatcher() {
    return new FaceApiMatcher(models);
  }

  /** The lane's face threshold: the engine's measured operating point at FMR 0.1 % (decision 0102). */
  public static double faceThreshold() {
    return FaceApiMatcher.gateThreshold();
  }

  /**
   * The lane's fingerprint threshold: SourceAFIS's operating point at FMR 0.1 %, measured on real
   * fingers (FVC2002), which the synthetic prints now meet (decision 0155).
   */
  public static double fingerThreshold() {
    return SourceAfisFingerMatcher.threshold(FaceApiMatcher.GATE_FMR_TARGET);
  }

  /** How many different faces the people of this source have. */
  public int identities() {
    return faces.library().size();
  }

  /** Where the faces come from, for reports. */
  public String faceSource() {
    return faces.library().size() + " identities from " + faces.library().source();
  }

  public byte[] enrollmentFace(long person) {
    return faces.portrait(person);
  }

  /** Finger 0 (right index) or 1 (left index) as captured at enrollment, PNG at 500 dpi. */
  public byte[] enrollmentFinger(long person, int finger) {
    return SyntheticFingerprints.png(fingers.impression(master(person, finger), 1));
  }

  private MasterFingerprint master(long person, int finger) {
    return fingers.master(person * 2L + finger);
  }

  /** The traveler at the gate, with the images the lane's camera and scanner will give. */
  public Visitor atTheGate(SimulatedTraveler t, long person) {
    GateBehaviour b = t.behaviour();
    long hands = b.impostor() ? IMPOSTOR + person : person;
    Visitor v = Visitors.of(t);
    try {
      Path dir = imageDir.resolve(t.biometricId() + "-" + person);
      List<Path> frames;
      if (Files.isDirectory(dir)) {
        try (var files = Files.list(dir)) {
          frames = files.filter(p -> p.getFileName().toString().startsWith("frame-")).sorted().toList();
        }
      } else {
        frames = faces.writeLive(dir, person, b.worn(), b.impostor() || !b.faceRecognizable(), b.hiddenCompanion());
      }
      List<Path> prints = b.fingersReadable()
          ? List.of(write(dir.resolve("right.png"), SyntheticFingerprints.png(fingers.impression(master(hands, 0), 2))),
              write(dir.resolve("left.png"), SyntheticFingerprints.png(fingers.impression(master(hands, 1), 2))))
          : List.of();
      return new Visitor(v.biometricId(), v.document(), v.unreadableReads(), v.accessories(),
          v.removesAccessoriesWhenAsked(), v.framesLookingAway(), v.faceRecognizable(), v.fingersReadable(),
          v.companions(), v.companionsHiddenFromSensor(), v.trolley(), v.removesTrolleyWhenAsked(), v.child(), frames,
          prints);
    } catch (IOException e) {
      throw new UncheckedIOException("gate images under " + imageDir, e);
    }
  }

  private static Path write(Path path, byte[] bytes) throws IOException {
    if (!Files.exists(path)) {
      Files.write(path, bytes);
    }
    return path;
  }

  @Override
  public void close() {
    models.close();
  }
}
