package org.egate.simulator.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.egate.lane.device.simulated.Visitor;
import org.egate.simulator.finger.MasterFingerprint;
import org.egate.simulator.finger.SyntheticFingerprints;
import org.egate.simulator.population.SimulatedTraveler;

/**
 * A synthetic person's biometrics for runs against the real server, named by a number: the
 * enrollment portrait and index fingerprints (first impressions), and what a lane's camera and
 * scanner get at the gate (live captures and second impressions), written as image files. An
 * impostor presents another person's face and fingers; a face the traveler's behaviour makes
 * unrecognizable is a capture that does not resemble the portrait; unreadable fingers give no image.
 */
public final class SyntheticBiometrics {
  /** Added to a person's number for the impostor who carries their document. */
  static final long IMPOSTOR = 500_000_000L;
  /** Added to a person's number for a live capture that does not resemble them. */
  static final long UNRECOGNIZABLE = 900_000_000L;

  private final SyntheticFingerprints fingers = SyntheticFingerprints.withDefaults();
  private final Path imageDir;

  /** Gate images go to {@code imageDir} (created if missing). */
  public SyntheticBiometrics(Path imageDir) {
    this.imageDir = imageDir;
    try {
      Files.createDirectories(imageDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + imageDir, e);
    }
  }

  public byte[] enrollmentFace(long person) {
    return Portraits.enrollment(person);
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
    boolean impostor = t.behaviour().impostor();
    long face = impostor ? IMPOSTOR + person : t.behaviour().faceRecognizable() ? person : UNRECOGNIZABLE + person;
    long hands = impostor ? IMPOSTOR + person : person;
    Visitor v = Visitors.of(t);
    try {
      String name = t.biometricId() + "-" + person;
      List<Path> faces = List.of(write(name + "-face0.png", Portraits.live(face, 0)),
          write(name + "-face1.png", Portraits.live(face, 1)));
      List<Path> prints = t.behaviour().fingersReadable()
          ? List.of(write(name + "-right.png", SyntheticFingerprints.png(fingers.impression(master(hands, 0), 2))),
              write(name + "-left.png", SyntheticFingerprints.png(fingers.impression(master(hands, 1), 2))))
          : List.of();
      return new Visitor(v.biometricId(), v.document(), v.unreadableReads(), v.accessories(),
          v.removesAccessoriesWhenAsked(), v.framesLookingAway(), v.faceRecognizable(), v.fingersReadable(),
          v.companions(), v.companionsHiddenFromSensor(), v.trolley(), v.removesTrolleyWhenAsked(), v.child(), faces,
          prints);
    } catch (IOException e) {
      throw new UncheckedIOException("gate images under " + imageDir, e);
    }
  }

  private Path write(String file, byte[] bytes) throws IOException {
    Path path = imageDir.resolve(file);
    if (!Files.exists(path)) {
      Files.write(path, bytes);
    }
    return path;
  }
}
