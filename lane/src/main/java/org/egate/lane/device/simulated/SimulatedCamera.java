package org.egate.lane.device.simulated;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.egate.lane.device.Camera;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.Frame;
import org.egate.lane.time.LaneTime;

/**
 * The capture-zone camera, facing the entry door: it sees the visitor in the capture zone and,
 * through the door's glass leaves, at the reader. Frames come from the visitor's image files (cycled), and what was
 * really in front of the lens goes to the {@link GroundTruth}. When some of the visitor's files
 * are named for what they show worn ({@link #wornTag}, e.g. {@code frame-1.worn-SUNGLASSES.jpg}),
 * the camera takes only the files that show what the visitor wears now, so a frame after "please
 * remove your sunglasses" shows no sunglasses.
 */
public final class SimulatedCamera extends SimulatedDevice implements Camera {

  private final Scene scene;
  private final GroundTruth truth;
  private final ImageFiles files = new ImageFiles();
  private int taken;

  public SimulatedCamera(Scene scene, GroundTruth truth, DeviceProfile profile, LaneTime time,
      RandomGenerator random) {
    super(DeviceKind.CAMERA, profile, time, random);
    this.scene = scene;
    this.truth = truth;
  }

  @Override
  public Frame capture() throws DeviceFault {
    operate("capture frame");
    long id = truth.nextId();
    Visitor visitor = scene.visitor().orElse(null);
    boolean atReader = scene.position().orElse(null) == Scene.Position.AT_READER;
    if (visitor == null || !(scene.inside() || atReader)) {
      truth.recordFrame(id, new GroundTruth.FrameTruth("nobody", 0, java.util.Set.of(), false, false));
      return new Frame(id, new byte[0], "empty lane", time.now());
    }
    int faces = 1 + visitor.companions();
    // At the reader the camera sees the traveler through the entry door's glass leaves (decision
    // 0160); looking away is counted only for frames in the capture zone.
    truth.recordFrame(id, new GroundTruth.FrameTruth(visitor.biometricId(), faces, scene.worn(),
        !atReader && scene.nextFrameLooksAway(), visitor.faceRecognizable()));
    int index = taken++;
    List<Path> showing = showing(visitor.faceImages(), scene.worn());
    return new Frame(id, files.pick(showing, index), files.name(showing, index), time.now());
  }

  /** The part of a face image's file name that says what it shows worn: empty when bare. */
  public static String wornTag(Set<Accessory> worn) {
    if (worn.isEmpty()) {
      return "";
    }
    return ".worn-" + EnumSet.copyOf(worn).stream().map(Accessory::name).collect(Collectors.joining("-"));
  }

  /** The images showing exactly {@code worn}; all of them when none is tagged (or none matches). */
  static List<Path> showing(List<Path> images, Set<Accessory> worn) {
    if (images.stream().noneMatch(p -> p.getFileName().toString().contains(".worn-"))) {
      return images;
    }
    String tag = wornTag(worn);
    List<Path> matching = images.stream().filter(p -> {
      String name = p.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String stem = dot < 0 ? name : name.substring(0, dot);
      int worn0 = stem.indexOf(".worn-");
      return (worn0 < 0 ? "" : stem.substring(worn0)).equals(tag);
    }).toList();
    return matching.isEmpty() ? images : matching;
  }
}
