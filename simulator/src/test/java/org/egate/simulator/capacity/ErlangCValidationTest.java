package org.egate.simulator.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/**
 * The simulation against the closed-form M/M/c results: long runs with exponential service times
 * must reproduce Erlang C's mean wait, wait percentiles, utilization and queue length.
 */
class ErlangCValidationTest {
  // 10 replications of 1 h warm-up + 100 h: about 1 million travelers at 960/h
  private final CapacityModel model = new CapacityModel(new CapacityParameters(10, 1, 100, 50));

  @Test
  void fourLanesAtEightyPercentMatchErlangC() {
    double perHour = 960; // 3.2 Erlangs on 4 lanes of 12 s
    CapacityReport report = model.run(new GateHall(Arrivals.poisson(perHour), 4, new ExponentialServiceTimes(12)), 7);
    ErlangC exact = new ErlangC(perHour, 12, 4);
    Measured m = report.measured().orElseThrow();

    assertThat(m.waitMeanSeconds().mean()).isCloseTo(exact.meanWaitSeconds(), withinPercentage(3));
    assertThat(m.waitP90Seconds().mean()).isCloseTo(exact.waitQuantileSeconds(0.90), withinPercentage(3));
    assertThat(m.waitP95Seconds().mean()).isCloseTo(exact.waitQuantileSeconds(0.95), withinPercentage(3));
    assertThat(m.waitP99Seconds().mean()).isCloseTo(exact.waitQuantileSeconds(0.99), withinPercentage(4));
    assertThat(m.utilization().mean()).isCloseTo(0.8, within(0.005));
    assertThat(m.queueLengthMean().mean()).isCloseTo(exact.meanQueueLength(), withinPercentage(4));
    assertThat(m.throughputPerHour().mean()).isCloseTo(perHour, withinPercentage(1));
  }

  @Test
  void oneLaneAtHalfLoadMatchesMm1() {
    // M/M/1: Wq = rho / (mu - lambda) = 0.5 * 12 s / 0.5 = 12 s; median wait 0 since half never wait
    CapacityReport report = model.run(new GateHall(Arrivals.poisson(150), 1, new ExponentialServiceTimes(12)), 3);
    Measured m = report.measured().orElseThrow();

    assertThat(new ErlangC(150, 12, 1).meanWaitSeconds()).isCloseTo(12.0, within(1e-9));
    assertThat(m.waitMeanSeconds().mean()).isCloseTo(12.0, withinPercentage(3));
    assertThat(m.waitP50Seconds().mean()).isCloseTo(0.0, within(0.5));
  }

  @Test
  void theConfidenceIntervalCoversErlangCAtHeavyLoad() {
    double perHour = 2850; // 9.5 Erlangs on 10 lanes: waits vary most between replications
    CapacityReport report = model.run(new GateHall(Arrivals.poisson(perHour), 10, new ExponentialServiceTimes(12)), 11);
    double exact = new ErlangC(perHour, 12, 10).meanWaitSeconds();
    Estimate mean = report.measured().orElseThrow().waitMeanSeconds();

    assertThat(exact).isBetween(mean.low() - 0.05 * exact, mean.high() + 0.05 * exact);
    assertThat(mean.mean()).isCloseTo(exact, withinPercentage(8));
  }
}
