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

  /**
   * Brute-force float reference over the same quantized values: squared distance in float
   * arithmetic of the dequantized codes. The index must return exactly the k smallest (same
   * distances in order, and each hit's reference distance equal to its reported distance, so ties
   * may pick either entry but never a worse one).
   */
  private static void assertExactTopK(float[][] all, float[] probe, int threads, int k) {
    try (FaceIndex index = new FaceIndex(8, threads)) {
      for (int i = 0; i < all.length; i++) {
        index.add(i, all[i]);
      }
      double[] reference = new double[all.length];
      for (int i = 0; i < all.length; i++) {
        double sum = 0;
        for (int j = 0; j < 128; j++) {
          float d = FaceIndex.quantize(all[i][j]) * FaceIndex.STEP - FaceIndex.quantize(probe[j]) * FaceIndex.STEP;
          sum += d * d;
        }
        reference[i] = Math.sqrt(sum);
      }
      double[] sorted = reference.clone();
      java.util.Arrays.sort(sorted);
      List<FaceIndex.Hit> hits = index.search(new FaceDescriptor(probe), k);
      assertThat(hits).hasSize(Math.min(k, all.length));
      assertThat(hits.stream().map(FaceIndex.Hit::id).distinct().count()).isEqualTo(hits.size());
      for (int i = 0; i < hits.size(); i++) {
        assertThat(hits.get(i).distance()).isCloseTo(sorted[i], org.assertj.core.data.Offset.offset(1e-6));
        assertThat(reference[(int) hits.get(i).id()]).isCloseTo(hits.get(i).distance(), org.assertj.core.data.Offset.offset(1e-6));
      }
    }
  }

  @Test
  void topKIsIdenticalToBruteForceOnRandomDataForAnyThreadCountAndBlockRemainder() {
    Random r = new Random(5);
    for (int n : new int[] {1, 3, 4, 5, 1003}) {
      float[][] all = new float[n][];
      for (int i = 0; i < n; i++) {
        all[i] = random(r);
      }
      for (int threads : new int[] {1, 2, 3}) {
        for (int k : new int[] {1, 7, 50}) {
          assertExactTopK(all, random(r), threads, k);
        }
      }
    }
  }

  @Test
  void topKIsIdenticalToBruteForceOnClusteredDataWithNearDuplicates() {
    Random r = new Random(9);
    float[][] centers = new float[20][];
    for (int i = 0; i < centers.length; i++) {
      centers[i] = random(r);
    }
    float[][] all = new float[2001][];
    for (int i = 0; i < all.length; i++) {
      float[] c = centers[r.nextInt(centers.length)];
      all[i] = new float[128];
      for (int j = 0; j < 128; j++) {
        all[i][j] = c[j] + (float) (r.nextGaussian() * (i % 3 == 0 ? 0.001 : 0.02));
      }
    }
    for (int threads : new int[] {1, 2}) {
      assertExactTopK(all, all[17].clone(), threads, 10);
      assertExactTopK(all, centers[3], threads, 100);
    }
  }

  @Test
  void earlyAbandonBoundIsTightAtItsBoundary() {
    // slack R against 2 sqrt(t u): skip only when R >= 2 sqrt(t u), equality included
    assertThat(FaceIndex.beyond(4, 1, 4)).isTrue();
    assertThat(FaceIndex.beyond(3, 1, 4)).isFalse();
    assertThat(FaceIndex.beyond(0, 0, 9)).isTrue();
    assertThat(FaceIndex.beyond(-1, 0, 0)).isFalse();
    // largest possible values do not overflow
    assertThat(FaceIndex.beyond(4 * 128 * 127 * 127, 32 * 127 * 127, 32 * 127 * 127)).isTrue();
  }
}
