package org.egate.lane.device.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The camera shows the frames of what the visitor still wears; untagged files are all cycled. */
class CameraFramesTest {
  private static final Path BARE1 = Path.of("t/frame-1.jpg");
  private static final Path BARE2 = Path.of("t/frame-2.jpg");
  private static final Path GLASSES = Path.of("t/frame-1.worn-SUNGLASSES.jpg");
  private static final Path BOTH = Path.of("t/frame-1.worn-SUNGLASSES-MASK.jpg");

  @Test
  void tagsNameWhatIsWornInEnumOrder() {
    assertThat(SimulatedCamera.wornTag(Set.of())).isEmpty();
    assertThat(SimulatedCamera.wornTag(Set.of(Accessory.MASK, Accessory.SUNGLASSES))).isEqualTo(".worn-SUNGLASSES-MASK");
  }

  @Test
  void framesShowExactlyWhatIsStillWorn() {
    List<Path> files = List.of(BARE1, BARE2, GLASSES, BOTH);
    assertThat(SimulatedCamera.showing(files, Set.of(Accessory.SUNGLASSES, Accessory.MASK))).containsExactly(BOTH);
    assertThat(SimulatedCamera.showing(files, Set.of(Accessory.SUNGLASSES))).containsExactly(GLASSES);
    assertThat(SimulatedCamera.showing(files, Set.of())).containsExactly(BARE1, BARE2);
  }

  @Test
  void untaggedFilesOrNoMatchFallBackToAllFiles() {
    assertThat(SimulatedCamera.showing(List.of(BARE1, BARE2), Set.of(Accessory.HAT))).containsExactly(BARE1, BARE2);
    assertThat(SimulatedCamera.showing(List.of(BARE1, GLASSES), Set.of(Accessory.HAT))).containsExactly(BARE1, GLASSES);
  }
}
