package org.egate.biometrics.face.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.egate.biometrics.face.model.FaceModels;
import org.junit.jupiter.api.Test;

class SsdAnchorsTest {
  @Test
  void generatedAnchorsFor512AreTheOnesFaceApiStores() {
    try (FaceModels models = FaceModels.load(1)) {
      float[] stored = models.storedAnchors();
      float[] generated = SsdAnchors.forInputSize(512);
      assertThat(generated).hasSameSizeAs(stored);
      for (int i = 0; i < stored.length; i++) {
        assertThat((double) generated[i]).as("anchor value %d", i).isCloseTo(stored[i], org.assertj.core.data.Offset.offset(1e-4));
      }
    }
  }

  @Test
  void a320InputHasTheSmallerGrid() {
    assertThat(SsdAnchors.forInputSize(320)).hasSize((20 * 20 * 3 + (100 + 25 + 9 + 4 + 1) * 6) * 4);
  }
}
