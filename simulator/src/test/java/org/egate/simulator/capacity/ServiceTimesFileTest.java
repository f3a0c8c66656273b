package org.egate.simulator.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTimesFileTest {
  @Test
  void readsNumbersSeparatedBySpacesCommasAndLinesIgnoringComments() {
    EmpiricalServiceTimes t = ServiceTimesFile.parse("# measured 2026-11-27\n9.2, 11.6\n  10 # slow one\n\n8.5e0\n", "test");
    assertThat(t.count()).isEqualTo(4);
    assertThat(t.meanSeconds()).isEqualTo((9.2 + 11.6 + 10 + 8.5) / 4);
  }

  @Test
  void resamplesOnlyMeasuredValues() {
    EmpiricalServiceTimes t = ServiceTimesFile.parse("5 7 9", "test");
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1000; i++) {
      assertThat(t.sampleSeconds(random)).isIn(5.0, 7.0, 9.0);
    }
  }

  @Test
  void eachBadInputGetsItsMessage() {
    assertThatThrownBy(() -> ServiceTimesFile.parse("9\n8\nabc\n", "'f'")).hasMessage("'f' line 3: 'abc' is not a number of seconds");
    assertThatThrownBy(() -> ServiceTimesFile.parse("9 0", "'f'")).hasMessageContaining("line 1").hasMessageContaining("positive").hasMessageContaining("'0'");
    assertThatThrownBy(() -> ServiceTimesFile.parse("-3", "'f'")).hasMessageContaining("'-3'");
    assertThatThrownBy(() -> ServiceTimesFile.parse("NaN", "'f'")).hasMessageContaining("'NaN'");
    assertThatThrownBy(() -> ServiceTimesFile.parse("Infinity", "'f'")).hasMessageContaining("'Infinity'");
    assertThatThrownBy(() -> ServiceTimesFile.parse("# only a comment\n\n", "'f'")).hasMessage("no service times in 'f'");
  }

  @Test
  void missingFilesAndDirectoriesAreNamed(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> ServiceTimesFile.read(dir.resolve("none.txt"))).hasMessageContaining("no such file").hasMessageContaining("none.txt");
    assertThatThrownBy(() -> ServiceTimesFile.read(dir)).hasMessageContaining("is a directory");
    Path f = Files.writeString(dir.resolve("t.txt"), "12\n13\n");
    assertThat(ServiceTimesFile.read(f).count()).isEqualTo(2);
  }
}
