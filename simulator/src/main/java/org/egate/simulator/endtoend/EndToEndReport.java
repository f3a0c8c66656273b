package org.egate.simulator.endtoend;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.controller.LaneState;

/**
 * What an end-to-end run measured. Times of a transaction are virtual (the device model);
 * software time is wall-clock of the lane's compute and server round trips.
 *
 * @param referralsApproved enrollments the 1:N duplicate check referred and the simulated supervisor approved
 * @param doubledRecords rows the server holds beyond one per idempotency key
 * @param lostRecords records the lanes journaled that the server does not hold
 * @param pendingInJournals entries still waiting in the lanes' journals after the final drain
 * @param laneVirtualTime summed virtual time the lanes were busy
 */
public record EndToEndReport(
    EndToEndParameters parameters,
    List<String> lanes,
    List<Walk> walks,
    int enrolled,
    Map<String, Integer> enrollmentsRefused,
    int referralsApproved,
    int exitBans,
    long journaledRecords,
    long doubledRecords,
    long lostRecords,
    int pendingInJournals,
    Duration laneVirtualTime,
    Duration enrollmentWallTime,
    Duration lanesWallTime,
    Duration totalWallTime) {

  public EndToEndReport {
    lanes = List.copyOf(lanes);
    walks = List.copyOf(walks);
    enrollmentsRefused = Map.copyOf(enrollmentsRefused);
  }

  public int transactions() {
    return walks.size();
  }

  public long accepted() {
    return walks.stream().filter(w -> w.reason() == ReasonCode.CLEARED).count();
  }

  /** Refusals by reason code, sorted by code. */
  public Map<String, Integer> rejected() {
    Map<String, Integer> byReason = new TreeMap<>();
    walks.stream().filter(w -> w.reason() != ReasonCode.CLEARED).forEach(w -> byReason.merge(w.reason().name(), 1, Integer::sum));
    return byReason;
  }

  /** Each transaction's lane seconds, in the order walked: the capacity model's service times. */
  public double[] laneSeconds() {
    return walks.stream().mapToDouble(w -> w.laneTime().toMillis() / 1000.0).toArray();
  }

  public double medianSeconds() {
    return percentile(walks.stream().mapToDouble(w -> w.laneTime().toMillis() / 1000.0).toArray(), 0.5);
  }

  public double p95Seconds() {
    return percentile(walks.stream().mapToDouble(w -> w.laneTime().toMillis() / 1000.0).toArray(), 0.95);
  }

  /** Median and p95 of the virtual time of cleared transactions only. */
  public double clearedMedianSeconds() {
    return percentile(cleared(), 0.5);
  }

  public double clearedP95Seconds() {
    return percentile(cleared(), 0.95);
  }

  private double[] cleared() {
    return walks.stream().filter(w -> w.reason() == ReasonCode.CLEARED).mapToDouble(w -> w.laneTime().toMillis() / 1000.0)
        .toArray();
  }

  public double softwareMillisP95() {
    return percentile(walks.stream().mapToDouble(w -> w.softwareNanos() / 1e6).toArray(), 0.95);
  }

  public double softwareMillisMedian() {
    return percentile(walks.stream().mapToDouble(w -> w.softwareNanos() / 1e6).toArray(), 0.5);
  }

  /**
   * Median and p95 (ms) of each part of software time (decision 0131): face, finger,
   * authorization, record, the controller rest, and the wait for a compute slot (not software time).
   */
  public java.util.Map<String, double[]> softwareParts() {
    java.util.Map<String, java.util.function.ToLongFunction<Walk>> parts = new java.util.LinkedHashMap<>();
    parts.put("face", w -> w.softwareParts().face());
    parts.put("finger", w -> w.softwareParts().finger());
    parts.put("authorization", w -> w.softwareParts().authorization());
    parts.put("record", w -> w.softwareParts().record());
    parts.put("controller", w -> w.softwareNanos() - w.softwareParts().face() - w.softwareParts().finger()
        - w.softwareParts().authorization() - w.softwareParts().record());
    parts.put("slotWait", w -> w.softwareParts().slotWait());
    java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
    parts.forEach((name, f) -> {
      double[] ms = walks.stream().mapToDouble(w -> f.applyAsLong(w) / 1e6).toArray();
      out.put(name, new double[] {percentile(ms, 0.5), percentile(ms, 0.95)});
    });
    return out;
  }

  /** Cleared transactions decided by the face alone, and those the fingerprint decided. */
  public long clearedByFace() {
    return walks.stream().filter(w -> w.reason() == ReasonCode.CLEARED && w.softwareParts().faceCompares() > 0
        && w.softwareParts().fingerCompares() == 0).count();
  }

  public long clearedByFinger() {
    return walks.stream().filter(w -> w.reason() == ReasonCode.CLEARED && w.softwareParts().fingerCompares() > 0).count();
  }

  /** How many transactions went each way and how long they took (seconds, median and p95). */
  public record PathTimes(int count, double medianSeconds, double p95Seconds) {}

  /** The time breakdown by path through the lane, in the order of {@link LanePath}. */
  public Map<LanePath, PathTimes> paths() {
    Map<LanePath, PathTimes> out = new EnumMap<>(LanePath.class);
    for (LanePath path : LanePath.values()) {
      double[] seconds = walks.stream().filter(w -> w.path() == path).mapToDouble(w -> w.laneTime().toMillis() / 1000.0)
          .toArray();
      if (seconds.length > 0) {
        out.put(path, new PathTimes(seconds.length, percentile(seconds, 0.5), percentile(seconds, 0.95)));
      }
    }
    return out;
  }

  /**
   * Median seconds in each lane state over transactions that went {@code path}: where a typical
   * transaction of that kind spends its time.
   */
  public Map<LaneState, Double> stateMedians(LanePath path) {
    List<Walk> those = walks.stream().filter(w -> w.path() == path).toList();
    Map<LaneState, Double> out = new EnumMap<>(LaneState.class);
    for (LaneState state : LaneState.values()) {
      double[] seconds = those.stream().mapToDouble(w -> w.timeIn().getOrDefault(state, Duration.ZERO).toMillis() / 1000.0)
          .toArray();
      if (those.stream().anyMatch(w -> w.timeIn().containsKey(state))) {
        out.put(state, percentile(seconds, 0.5));
      }
    }
    return out;
  }

  /** Transactions per hour of lane time, lanes serving back to back (no idle time). */
  public double throughputPerLaneHour() {
    double hours = laneVirtualTime.toMillis() / 3_600_000.0;
    return hours == 0 ? 0 : walks.size() / hours;
  }

  public List<Walk> mismatches() {
    return walks.stream().filter(w -> w.expectation().mismatchedBy(w.reason())).toList();
  }

  public long falseRejects() {
    return walks.stream().filter(w -> w.expectation().falseRejectBy(w.reason())).count();
  }

  public long expectedCleared() {
    return walks.stream().filter(w -> w.expectation().expected() == Expectation.Expected.CLEARED).count();
  }

  public long expectationsStated() {
    return walks.stream().filter(w -> w.expectation().expected() != Expectation.Expected.NONE).count();
  }

  /** Records lost, doubled or still pending: any of them fails the run. */
  public boolean recordsIntact() {
    return lostRecords == 0 && doubledRecords == 0 && pendingInJournals == 0;
  }

  /** Nearest-rank percentile; 0 for no values. */
  static double percentile(double[] values, double q) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
