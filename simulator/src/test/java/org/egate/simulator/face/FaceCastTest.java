package org.egate.simulator.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.egate.lane.device.simulated.Accessory;
import org.junit.jupiter.api.Test;

/** How travelers share faces: evenly, and an impostor never shows the holder's face. */
class FaceCastTest {

  @Test
  void identitiesAreSharedEvenlyAndTheOtherFaceIsNeverTheHolders() {
    FaceCast cast = new FaceCast(16);
    Map<Integer, Integer> count = new HashMap<>();
    for (long i = 0; i < 1000; i++) {
      count.merge(cast.holder(i), 1, Integer::sum);
      assertThat(cast.other(i)).isNotEqualTo(cast.holder(i)).isBetween(0, 15);
    }
    assertThat(count).hasSize(16);
    assertThat(count.values()).allSatisfy(n -> assertThat(n).isBetween(62, 63));
  }

  @Test
  void twoIdentitiesAreTheLeastACastCanHave() {
    assertThat(new FaceCast(2).other(5)).isEqualTo(1 - new FaceCast(2).holder(5));
    assertThatThrownBy(() -> new FaceCast(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 identities");
  }

  @Test
  void everyCombinationOfWhatIsWornGetsFramesTheBareFaceLast() {
    assertThat(TravelerFaces.subsets(Set.of())).containsExactly(Set.of());
    assertThat(TravelerFaces.subsets(Set.of(Accessory.HAT, Accessory.MASK)))
        .containsExactly(Set.of(Accessory.HAT, Accessory.MASK), Set.of(Accessory.MASK), Set.of(Accessory.HAT), Set.of());
  }
}
