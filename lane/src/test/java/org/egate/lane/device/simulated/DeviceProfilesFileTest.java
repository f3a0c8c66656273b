package org.egate.lane.device.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceProfilesFileTest {

  private static final List<String> TYPICAL_LINES = List.of(
      "reader = 1200 2500 5000", "camera = 250 500 1000", "scanner = 1000 2000 5000", "door = 900 1300 3000",
      "occupancy = 100 100 1000", "walk = 1400 2500", "pastOpenDoor = 930", "walkWithTheDoor = true");

  @Test
  void theShippedExampleIsExactlyTheTypicalFigures() throws Exception {
    assertThat(DeviceProfilesFile.read(Path.of("../docs/devices/typical.properties"))).isEqualTo(DeviceProfiles.TYPICAL);
  }

  @Test
  void ownFiguresAreRead() {
    List<String> lines = TYPICAL_LINES.stream()
        .map(l -> l.startsWith("door") ? "door = 500 700 2000   # a faster speed gate" : l)
        .map(l -> l.startsWith("walkWith") ? "walkWithTheDoor = false" : l).toList();
    DeviceProfiles profiles = DeviceProfilesFile.parse(lines, "mine");
    assertThat(profiles.door().latency()).isEqualTo(Latency.logNormal(Duration.ofMillis(500), Duration.ofMillis(700)));
    assertThat(profiles.door().timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(profiles.walking().withTheDoor()).isFalse();
    assertThat(profiles.describe().get("door")).isEqualTo("log-normal, median 500 ms, p95 700 ms, timeout 2000 ms");
  }

  @Test
  void eachBadInputIsNamedWithItsLine() {
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(0, "reader 1200 2500 5000"), "f"))
        .hasMessage("f line 1: expected 'key = values' but was 'reader 1200 2500 5000'");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(0, "raeder = 1 2 3"), "f"))
        .hasMessageStartingWith("f line 1: unknown key 'raeder'");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(1, "reader = 1 2 3"), "f"))
        .hasMessage("f line 2: 'reader' is given twice");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(TYPICAL_LINES.subList(0, 6), "f"))
        .hasMessage("f: missing pastOpenDoor, walkWithTheDoor");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(3, "door = 900 1300"), "f"))
        .hasMessage("f line 4: expected 'door = median p95 timeout' (3 whole milliseconds) but was '900 1300'");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(3, "door = 0.9 1.3 3"), "f"))
        .hasMessage("f line 4: '0.9' is not a whole number of milliseconds (door = median p95 timeout)");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(3, "door = 1300 900 3000"), "f"))
        .hasMessage("f line 4: need 0 < median <= p95 but median was 1300 ms and p95 900 ms");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(6, "pastOpenDoor = -5"), "f"))
        .hasMessage("f line 7: times must be positive but one was -5");
    assertThatThrownBy(() -> DeviceProfilesFile.parse(with(7, "walkWithTheDoor = yes"), "f"))
        .hasMessage("f line 8: walkWithTheDoor must be true or false but was 'yes'");
  }

  private static List<String> with(int index, String line) {
    List<String> lines = new java.util.ArrayList<>(TYPICAL_LINES);
    if (line.startsWith("reader = 1 2 3")) {
      lines.add(index, line);
    } else {
      lines.set(index, line);
    }
    return lines;
  }
}
