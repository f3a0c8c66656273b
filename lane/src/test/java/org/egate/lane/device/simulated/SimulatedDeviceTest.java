package org.egate.lane.device.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DeviceKind;
import org.egate.lane.device.FaultKind;
import org.egate.lane.time.SimulatedTime;
import org.junit.jupiter.api.Test;

class SimulatedDeviceTest {

  final SimulatedTime time = new SimulatedTime(Instant.parse("2026-11-27T01:00:00Z"));
  final Scene scene = new Scene();

  @Test
  void aLogNormalLatencyHasTheMedianAndP95ItWasGiven() {
    Latency latency = Latency.logNormal(Duration.ofMillis(1200), Duration.ofMillis(2500));
    SplittableRandom random = new SplittableRandom(1);
    long[] samples = new long[20_000];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = latency.sample(random).toMillis();
    }
    Arrays.sort(samples);
    assertThat(samples[samples.length / 2]).isBetween(1150L, 1250L);
    assertThat(samples[(int) (samples.length * 0.95)]).isBetween(2380L, 2620L);
  }

  @Test
  void aClosingDoorLetsTheLaneWorkMeanwhileAndAwaitingTakesOnlyTheRestOfTheMotion() throws DeviceFault {
    SimulatedDoor door = SimulatedDoor.exit(scene,
        DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(900)), Duration.ofSeconds(3)), time,
        new SplittableRandom(1));
    door.open();
    Instant opened = time.now();
    door.startClosing();
    assertThat(time.now()).isEqualTo(opened);
    assertThat(door.isOpen()).isFalse();
    time.sleep(Duration.ofMillis(600)); // e.g. the next document being read
    door.awaitClosed();
    assertThat(time.now()).isEqualTo(opened.plusMillis(900));
    time.sleep(Duration.ofMillis(2000));
    door.awaitClosed();
    assertThat(time.now()).isEqualTo(opened.plusMillis(2900));
    door.startClosing(); // already closed: nothing moves
    door.open(); // opening after a finished close takes only the opening
    assertThat(time.now()).isEqualTo(opened.plusMillis(3800));
  }

  @Test
  void openingAClosingDoorWaitsForTheCloseFirst() throws DeviceFault {
    SimulatedDoor door = SimulatedDoor.entry(scene,
        DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(900)), Duration.ofSeconds(3)), time,
        new SplittableRandom(1));
    door.open();
    Instant opened = time.now();
    door.startClosing();
    door.open();
    assertThat(time.now()).isEqualTo(opened.plusMillis(1800));
    assertThat(door.isOpen()).isTrue();
  }

  @Test
  void aDoorTakesItsLatencyOnTheLaneClock() throws DeviceFault {
    SimulatedDoor door = SimulatedDoor.entry(scene,
        DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(900)), Duration.ofSeconds(3)), time,
        new SplittableRandom(1));
    door.open();
    assertThat(time.now()).isEqualTo(Instant.parse("2026-11-27T01:00:00.900Z"));
    assertThat(scene.entryOpen()).isTrue();
  }

  @Test
  void anOperationSlowerThanItsTimeoutFailsAfterExactlyTheTimeout() {
    SimulatedDoor door = SimulatedDoor.exit(scene,
        DeviceProfile.reliable(Latency.fixed(Duration.ofSeconds(4)), Duration.ofSeconds(3)), time,
        new SplittableRandom(1));
    assertThatThrownBy(door::open).isInstanceOfSatisfying(DeviceFault.class, fault -> {
      assertThat(fault.device()).isEqualTo(DeviceKind.EXIT_DOOR);
      assertThat(fault.kind()).isEqualTo(FaultKind.TIMEOUT);
      assertThat(fault.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }).hasMessageContaining("EXIT_DOOR TIMEOUT after 3000 ms");
    assertThat(door.isOpen()).isFalse();
    assertThat(time.now()).isEqualTo(Instant.parse("2026-11-27T01:00:03Z"));
  }

  @Test
  void aDisconnectedDeviceFailsEveryCallUntilReconnected() throws DeviceFault {
    SimulatedDoor door = SimulatedDoor.entry(scene,
        DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(900)), Duration.ofSeconds(3)), time,
        new SplittableRandom(1));
    door.disconnect();
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(door::open).isInstanceOfSatisfying(DeviceFault.class,
          fault -> assertThat(fault.kind().takesLaneOutOfService()).isTrue());
    }
    door.reconnect();
    door.open();
    assertThat(door.isOpen()).isTrue();
  }

  @Test
  void faultRatesAreDrawnFromTheSeededGenerator() {
    DeviceProfile flaky = DeviceProfile.reliable(Latency.fixed(Duration.ofMillis(10)), Duration.ofSeconds(1))
        .withFaults(0.1, 0);
    int[] failures = new int[2];
    for (int run = 0; run < 2; run++) {
      SimulatedDoor door = SimulatedDoor.entry(new Scene(), flaky, time, new SplittableRandom(42));
      for (int i = 0; i < 1000; i++) {
        try {
          door.open();
          door.close();
        } catch (DeviceFault fault) {
          failures[run]++;
        }
      }
    }
    assertThat(failures[0]).isEqualTo(failures[1]).isBetween(120, 260);
  }

  @Test
  void badProfilesAreRefusedWithTheBadValue() {
    assertThatThrownBy(() -> DeviceProfile.reliable(Latency.fixed(Duration.ZERO), Duration.ofSeconds(1))
        .withFaults(1.5, 0)).hasMessageContaining("faultRate must be a fraction in [0, 1] but was 1.5");
    assertThatThrownBy(() -> Latency.logNormal(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("median was PT2S and p95 PT1S");
  }
}
