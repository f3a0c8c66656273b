package org.egate.biometrics.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetPlotTest {
  @Test
  void writesAPngWithTheCurvesDrawnInColour(@TempDir Path dir) throws Exception {
    Random random = new Random(7);
    double[] genuine = random.doubles(300).map(x -> x + 0.8).toArray();
    double[] impostor = random.doubles(3000).toArray();
    Verification v = Verification.of(ScoreSet.of(genuine, impostor, ScoreOrientation.HIGHER_IS_MORE_SIMILAR));
    Path file = dir.resolve("plots/det.png");

    DetPlot.titled("synthetic").curve("overlapping", v).mark(FmrTarget.ONE_PER_THOUSAND).writePng(file);

    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(640);
    long coloured = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.abs(r - b) > 60 || Math.abs(g - b) > 60) {
          coloured++;
        }
      }
    }
    assertThat(coloured).as("pixels of the coloured curve").isGreaterThan(100);
    assertThat(Files.size(file)).isGreaterThan(1000);
  }

  @Test
  void incompleteCurvesAreSkippedNotDrawn() {
    Verification empty = Verification.of(ScoreSet.of(new double[0], new double[] {1}, ScoreOrientation.HIGHER_IS_MORE_SIMILAR));
    BufferedImage image = DetPlot.titled("empty").curve("nothing", empty).render();
    assertThat(image.getWidth()).isEqualTo(800);
  }
}
