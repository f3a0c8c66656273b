package org.egate.biometrics.face.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.egate.biometrics.face.describe.FaceDescriptor;
import org.junit.jupiter.api.Test;

class FaceIndexTest {
  private static float[] random(Random r) {
    float[] v = new float[128];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (r.nextGaussian() * 0.09);
    }
    return v;
  }

  @Test
  void findsTheSameTopKAsABruteForceFloatSearch() {
    Random r = new Random(3);
    float[][] all = new float[5000][];
    try (FaceIndex index = new FaceIndex(16, 2)) {
      for (int i = 0; i < all.length; i++) {
        all[i] = random(r);
        index.add(1000 + i, all[i]);
      }
      float[] probe = all[1234].clone();
      probe[0] += 0.02f;
      List<FaceIndex.Hit> hits = index.search(new FaceDescriptor(probe), 5);
      assertThat(hits).hasSize(5);
      assertThat(hits.get(0).id()).isEqualTo(2234);
      assertThat(hits.get(0).distance()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(0.01));
      FaceDescriptor p = new FaceDescriptor(probe);
      double[] brute = java.util.Arrays.stream(all).mapToDouble(v -> new FaceDescriptor(v).distance(p)).sorted().limit(5).toArray();
      for (int i = 0; i < 5; i++) {
        assertThat(hits.get(i).distance()).isCloseTo(brute[i], org.assertj.core.data.Offset.offset(0.02));
      }
      assertThat(hits).isSortedAccordingTo(java.util.Comparator.comparingDouble(FaceIndex.Hit::distance));
    }
  }

  @Test
  void kLargerThanTheIndexReturnsEveryEntry() {
    try (FaceIndex index = new FaceIndex(4, 2)) {
      Random r = new Random(1);
      for (int i = 0; i < 3; i++) {
        index.add(i, random(r));
      }
      assertThat(index.search(new FaceDescriptor(random(r)), 10)).hasSize(3);
    }
  }
}
