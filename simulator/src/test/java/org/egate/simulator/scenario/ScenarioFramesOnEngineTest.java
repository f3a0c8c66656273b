package org.egate.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.egate.lane.biometric.FaceAssessment;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.device.Frame;
import org.egate.lane.device.simulated.Accessory;
import org.egate.lane.device.simulated.SimulatedCamera;
import org.egate.lane.device.simulated.Visitor;
import org.egate.simulator.population.GateBehaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario frames against the real face engine, as the lanes of {@link ServerBackend} see them
 * (decision 0150): the same renderer, seed and person numbers as a full run of the library, the
 * lane's {@code FaceApiMatcher} on each file. Nothing here knows what the traveler wears except to
 * pick the files: every verdict printed and asserted is the engine's.
 */
class ScenarioFramesOnEngineTest {
  @TempDir static Path dir;
  static SyntheticBiometrics biometrics;
  static FaceMatcher engine;
  private static long frameId;

  @BeforeAll
  static void load() {
    biometrics = new SyntheticBiometrics(dir.resolve("faces"), 7);
    engine = biometrics.faceMatcher();
  }

  @AfterAll
  static void close() {
    biometrics.close();
  }

  @Test
  void theEngineNamesWhatEachOcclusionScenarioWearsInEveryFrameTheLaneSees() throws IOException {
    List<Scenario> all = ScenarioLibrary.all();
    int occlusionScenarios = 0;
    for (int i = 0; i < all.size(); i++) {
      Scenario s = all.get(i);
      GateBehaviour b = s.traveler().behaviour();
      if (b.worn().isEmpty()) {
        continue;
      }
      occlusionScenarios++;
      int person = i + 1; // ServerBackend numbers the people of a full run in library order
      Visitor v = biometrics.atTheGate(ServerBackend.distinct(s.traveler(), person), person);
      Accessory worn = b.worn().iterator().next();
      FaceIssue issue = FaceIssue.valueOf(worn.name());
      List<Path> wornFrames = frames(v, Set.of(worn));
      List<FaceAssessment> verdicts = wornFrames.stream().map(ScenarioFramesOnEngineTest::assess).toList();
      long flagged = verdicts.stream().filter(a -> a.faces() == 1 && a.issues().equals(Set.of(issue))).count();
      long usableBare = frames(v, Set.of()).stream().map(ScenarioFramesOnEngineTest::assess)
          .filter(FaceAssessment::usable).count();
      System.out.printf("%-42s person %2d: %s flagged by the engine in %d of %d frames %s; bare frames usable %d%n",
          s.name(), person, worn, flagged, wornFrames.size(), verdicts.stream().map(FaceAssessment::issues).toList(),
          usableBare);
      // the first frame decides whether the prompt comes at all; a kept-on accessory must be seen
      // in every frame the lane takes, or a frame would go to the comparison with it on
      assertThat(verdicts.get(0).issues()).as(s.name() + ": first frame").containsExactly(issue);
      if (b.ignoresPrompts()) {
        assertThat(flagged).as(s.name() + ": kept on").isEqualTo(wornFrames.size());
      } else {
        assertThat(usableBare).as(s.name() + ": removed when asked").isPositive();
      }
    }
    assertThat(occlusionScenarios).isEqualTo(4);
  }

  @Test
  void aCompanionHiddenFromThePeopleCounterIsASecondFaceToTheEngine() throws IOException {
    int frames = 0;
    int several = 0;
    for (int person = 1; person <= biometrics.identities(); person++) {
      Scenario twoPeople = ScenarioLibrary.named("two people in the lane");
      GateBehaviour hidden = new GateBehaviour(Set.of(), false, 1, true, false, false, true, true, false);
      Visitor v = biometrics.atTheGate(
          ServerBackend.distinct(twoPeople.traveler().withBehaviour(hidden), person), 1000 + person);
      for (Path frame : v.faceImages()) {
        frames++;
        FaceAssessment a = assess(frame);
        if (a.faces() > 1) {
          assertThat(a.issues()).containsExactly(FaceIssue.SEVERAL_FACES);
          several++;
        }
      }
    }
    System.out.printf("hidden companion: the engine counts two faces in %d of %d frames%n", several, frames);
    assertThat(several).isGreaterThanOrEqualTo(frames * 8 / 10);
  }

  private static List<Path> frames(Visitor v, Set<Accessory> worn) {
    String tag = SimulatedCamera.wornTag(worn);
    return v.faceImages().stream().filter(p -> {
      String name = p.getFileName().toString();
      return name.substring(name.indexOf('.'), name.lastIndexOf('.')).equals(tag);
    }).toList();
  }

  private static FaceAssessment assess(Path file) {
    try {
      return engine.assess(new Frame(++frameId, Files.readAllBytes(file), file.toString(), Instant.EPOCH));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
