package org.egate.simulator.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityModelTest {
  private final CapacityModel model = new CapacityModel(new CapacityParameters(5, 0.5, 4, 60));
  private final ServiceTimes gate = LogNormalServiceTimes.DEFAULT;

  @Test
  void sameSeedSameReportAndAnotherSeedAnother() {
    GateHall hall = new GateHall(Arrivals.poisson(900), 4, gate);
    assertThat(model.run(hall, 1)).isEqualTo(model.run(hall, 1));
    assertThat(model.run(hall, 1).measured()).isNotEqualTo(model.run(hall, 2).measured());
  }

  @Test
  void fullLoadIsReportedUnstableAtOnceWithoutMeasurements() {
    // 300/h x 12 s = exactly 1 Erlang on 1 lane: the queue has no steady state
    GateHall atOne = new GateHall(Arrivals.poisson(300), 1, new ExponentialServiceTimes(12));
    GateHall over = new GateHall(Arrivals.poisson(100_000), 2, gate);
    assertThat(model.run(atOne, 1).stable()).isFalse();
    assertThat(model.run(over, 1).measured()).isEmpty();
    assertThat(atOne.offeredUtilization()).isEqualTo(1.0);
  }

  @Test
  void noArrivalsMeansNoWaitNoQueueNoWork() {
    CapacityReport report = model.run(new GateHall(Arrivals.poisson(0), 3, gate), 1);
    Measured m = report.measured().orElseThrow();
    assertThat(m.travelersMeasured()).isZero();
    assertThat(m.waitP99Seconds().mean()).isZero();
    assertThat(m.utilization().mean()).isZero();
    assertThat(m.queueLengthMean().mean()).isZero();
    assertThat(m.throughputPerHour().mean()).isZero();
    assertThat(model.lanesFor(new GateHall(Arrivals.poisson(0), 3, gate), 0, 1).lanesNeeded().orElseThrow().hall().lanes())
        .isEqualTo(1);
  }

  @Test
  void moreLanesNeverWaitLongerWithTheSameTravelers() {
    double previous = Double.MAX_VALUE;
    for (int lanes = 5; lanes <= 8; lanes++) {
      double p95 = model.run(new GateHall(Arrivals.poisson(1200), lanes, gate), 4)
          .measured().orElseThrow().waitP95Seconds().mean();
      assertThat(p95).isLessThanOrEqualTo(previous);
      previous = p95;
    }
  }

  @Test
  void laneSearchStopsAtTheFirstCountWhoseP95UpperBoundMeetsTheTarget() {
    GateHall hall = new GateHall(Arrivals.poisson(1200), 1, gate); // about 4.1 Erlangs
    LaneSearch search = model.lanesFor(hall, 30, 9);
    CapacityReport chosen = search.lanesNeeded().orElseThrow();

    assertThat(search.tried().get(0).hall().lanes()).isEqualTo(5); // fewest stable lanes
    assertThat(chosen.measured().orElseThrow().waitP95Seconds().high()).isLessThanOrEqualTo(30);
    List<CapacityReport> before = search.tried().subList(0, search.tried().size() - 1);
    assertThat(before).allSatisfy(r -> assertThat(r.measured().orElseThrow().waitP95Seconds().high()).isGreaterThan(30));
  }

  @Test
  void laneSearchOnExponentialServiceAgreesWithErlangC() {
    CapacityModel longRuns = new CapacityModel(new CapacityParameters(8, 1, 40, 60));
    GateHall hall = new GateHall(Arrivals.poisson(1800), 1, new ExponentialServiceTimes(12)); // 6 Erlangs
    int exact = 7;
    while (new ErlangC(1800, 12, exact).waitQuantileSeconds(0.95) > 20) {
      exact++;
    }
    int simulated = longRuns.lanesFor(hall, 20, 5).lanesNeeded().orElseThrow().hall().lanes();
    // the search judges by the upper confidence bound, so it may add one lane, never remove one
    assertThat(simulated).isBetween(exact, exact + 1);
  }

  @Test
  void laneSearchGivesUpAboveTheLaneLimit() {
    CapacityModel small = new CapacityModel(new CapacityParameters(3, 0, 1, 8));
    // about 6.2 Erlangs: 7 and 8 lanes are stable, but neither gets the p95 wait down to 1 s
    LaneSearch search = small.lanesFor(new GateHall(Arrivals.poisson(1800), 1, gate), 1, 1);
    assertThat(search.lanesNeeded()).isEmpty();
    assertThat(search.tried()).extracting(r -> r.hall().lanes()).containsExactly(7, 8);
  }

  @Test
  void aPeakHourAboveCapacityStillEndsAndShowsInTheWaits() {
    // 3 lanes of ~12.4 s serve ~870/h: the 1200/h hour builds a queue the quiet hour drains
    GateHall peaky = new GateHall(new Arrivals(List.of(300.0, 1200.0)), 3, gate);
    GateHall flat = new GateHall(Arrivals.poisson(750), 3, gate);
    CapacityReport p = model.run(peaky, 2);
    assertThat(p.stable()).isTrue();
    assertThat(p.measured().orElseThrow().waitP95Seconds().mean())
        .isGreaterThan(model.run(flat, 2).measured().orElseThrow().waitP95Seconds().mean());
  }

  @Test
  void badSettingsAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new GateHall(Arrivals.poisson(10), 0, gate)).hasMessageContaining("at least 1 lane but was given 0");
    assertThatThrownBy(() -> Arrivals.poisson(-1)).hasMessageContaining(">= 0 but was -1.0");
    assertThatThrownBy(() -> Arrivals.poisson(Double.NaN)).hasMessageContaining("was NaN");
    assertThatThrownBy(() -> new CapacityParameters(1, 1, 1, 1)).hasMessageContaining("at least 2").hasMessageContaining("was 1");
    assertThatThrownBy(() -> model.lanesFor(new GateHall(Arrivals.poisson(1), 1, gate), -5, 1)).hasMessageContaining("-5.0");
    assertThatThrownBy(() -> model.run(new GateHall(Arrivals.poisson(1e9), 1, gate), 1)).hasMessageContaining("arrivals");
  }

  @Test
  void theDefaultServiceTimeIsTheStatedLogNormal() {
    assertThat(LogNormalServiceTimes.DEFAULT.meanSeconds()).isBetween(12.3, 12.5);
    assertThat(LogNormalServiceTimes.DEFAULT.source()).contains("12 s").contains("18 s");
    var random = new java.util.SplittableRandom(1);
    double[] draws = new double[200_000];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = LogNormalServiceTimes.DEFAULT.sampleSeconds(random);
    }
    java.util.Arrays.sort(draws);
    assertThat(draws[draws.length / 2]).isBetween(11.9, 12.1);
    assertThat(draws[(int) (draws.length * 0.95)]).isBetween(17.8, 18.2);
  }
}
