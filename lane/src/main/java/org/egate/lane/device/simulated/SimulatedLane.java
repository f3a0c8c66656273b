package org.egate.lane.device.simulated;

import java.util.SplittableRandom;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.device.LaneDevices;
import org.egate.lane.time.LaneTime;

/**
 * A complete simulated lane: one {@link Scene}, its devices and simulated matchers, all drawing
 * from generators split off one seed, so a run depends only on the seed and what the visitors do.
 */
public final class SimulatedLane {

  /** Thresholds for the simulated matchers' score model (similarity in [0, 1]). */
  public static final MatchThresholds SIMULATED_THRESHOLDS =
      new MatchThresholds(0.5, 0.5, "simulated score model, ScoreModel.WELL_SEPARATED");

  private final Scene scene = new Scene();
  private final GroundTruth truth = new GroundTruth();
  private final SimulatedDocumentReader reader;
  private final SimulatedCamera camera;
  private final SimulatedFingerprintScanner scanner;
  private final SimulatedDoor entryDoor;
  private final SimulatedDoor exitDoor;
  private final SimulatedOccupancySensor occupancy;
  private final SimulatedDisplay display;
  private final SimulatedOfficerCall officerCall = new SimulatedOfficerCall();
  private final Matchers matchers;

  public SimulatedLane(DeviceProfiles profiles, LaneTime time, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    reader = new SimulatedDocumentReader(scene, profiles.reader(), time, root.split());
    camera = new SimulatedCamera(scene, truth, profiles.camera(), time, root.split());
    scanner = new SimulatedFingerprintScanner(scene, truth, profiles.scanner(), time, root.split());
    entryDoor = SimulatedDoor.entry(scene, profiles.door(), time, root.split());
    exitDoor = SimulatedDoor.exit(scene, profiles.door(), time, root.split());
    occupancy = new SimulatedOccupancySensor(scene, profiles.occupancy(), profiles.walking(), time, root.split());
    display = new SimulatedDisplay(scene);
    matchers = new Matchers(new SimulatedFaceMatcher(truth, ScoreModel.WELL_SEPARATED, root.split()),
        new SimulatedFingerMatcher(truth, ScoreModel.WELL_SEPARATED, root.split()), SIMULATED_THRESHOLDS);
  }

  public LaneDevices devices() {
    return new LaneDevices(reader, camera, scanner, entryDoor, exitDoor, occupancy, display, officerCall);
  }

  public Matchers matchers() {
    return matchers;
  }

  public Scene scene() {
    return scene;
  }

  public SimulatedDocumentReader reader() {
    return reader;
  }

  public SimulatedCamera camera() {
    return camera;
  }

  public SimulatedFingerprintScanner scanner() {
    return scanner;
  }

  public SimulatedDoor entryDoor() {
    return entryDoor;
  }

  public SimulatedDoor exitDoor() {
    return exitDoor;
  }

  public SimulatedOccupancySensor occupancy() {
    return occupancy;
  }

  public SimulatedDisplay display() {
    return display;
  }

  public SimulatedOfficerCall officerCall() {
    return officerCall;
  }
}
