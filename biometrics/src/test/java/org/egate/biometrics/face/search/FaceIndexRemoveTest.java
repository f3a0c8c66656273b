package org.egate.biometrics.face.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.junit.jupiter.api.Test;

/** Removing entries (a withdrawn enrollment leaves the 1:N search). */
class FaceIndexRemoveTest {
  private static float[] random(Random r) {
    float[] v = new float[128];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (r.nextGaussian() * 0.09);
    }
    return v;
  }

  @Test
  void aRemovedEntryIsNeverFoundAgainAndTheOthersStillAre() {
    Random r = new Random(5);
    float[][] all = new float[9][];
    try (FaceIndex index = new FaceIndex(4, 2)) {
      for (int i = 0; i < all.length; i++) {
        all[i] = random(r);
        index.add(100 + i, all[i]);
      }
      assertThat(index.remove(103)).isTrue();
      assertThat(index.remove(103)).as("already gone").isFalse();
      assertThat(index.remove(999)).as("never there").isFalse();
      assertThat(index.size()).isEqualTo(8);
      assertThat(index.search(new FaceDescriptor(all[3]), 8)).extracting(FaceIndex.Hit::id).doesNotContain(103L).hasSize(8);
      for (int i = 0; i < all.length; i++) {
        if (i != 3) {
          FaceIndex.Hit nearest = index.search(new FaceDescriptor(all[i]), 1).get(0);
          assertThat(nearest.id()).isEqualTo(100 + i);
          assertThat(nearest.distance()).isLessThan(0.01);
        }
      }
    }
  }

  @Test
  void theLastEntryAndTheOnlyEntryCanBeRemoved() {
    Random r = new Random(6);
    try (FaceIndex index = new FaceIndex(2, 1)) {
      float[] a = random(r);
      index.add(1, a);
      index.add(2, random(r));
      assertThat(index.remove(2)).isTrue();
      assertThat(index.search(new FaceDescriptor(a), 5)).extracting(FaceIndex.Hit::id).containsExactly(1L);
      assertThat(index.remove(1)).isTrue();
      assertThat(index.size()).isZero();
      index.add(3, a);
      assertThat(index.search(new FaceDescriptor(a), 5)).extracting(FaceIndex.Hit::id).containsExactly(3L);
    }
  }
}
