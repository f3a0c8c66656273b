package org.egate.lane.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SuppliedClockTest {
  @Test
  void aViewInAnotherZoneFollowsTheVirtualInstant() {
    SimulatedTime time = new SimulatedTime(Instant.parse("2017-03-07T15:59:59Z"));
    var utc = time.clock().withZone(ZoneOffset.UTC);
    assertThat(time.clock().instant().atZone(time.clock().getZone()).toLocalDate()).hasToString("2017-03-07");
    time.advance(Duration.ofSeconds(1));
    assertThat(utc.instant()).isEqualTo(Instant.parse("2017-03-07T16:00:00Z"));
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    // 16:00 UTC is midnight in Taipei: the lane's own clock is now on the day fingerprints became mandatory
    assertThat(time.clock().instant().atZone(time.clock().getZone()).toLocalDate()).hasToString("2017-03-08");
  }
}
