package org.egate.server.crossing;

import java.time.Duration;
import java.util.List;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.clearance.Measurement;
import org.egate.border.clearance.Step;
import org.egate.border.reason.ReasonCode;

/**
 * The wire and storage shape of a clearance decision: the checks in the order they ran. The
 * reason is derived from the checks ({@code ClearanceDecision.derivedFrom}); a reason sent by the
 * lane must agree with it.
 */
public record DecisionJson(ReasonCode reason, List<Check> checks) {

  public record Check(Step step, ReasonCode failure, Score measurement, double elapsedMillis) {}

  public record Score(double score, double threshold, boolean higherIsBetter, String source) {}

  public static DecisionJson of(ClearanceDecision d) {
    return new DecisionJson(d.reason(), d.checks().stream().map(c -> new Check(c.step(), c.failure(),
        c.score().map(m -> new Score(m.score(), m.threshold(), m.higherIsBetter(), m.source())).orElse(null),
        c.elapsed().toNanos() / 1e6)).toList());
  }

  /** The decision derived from the checks; refuses a stated reason that disagrees. */
  public ClearanceDecision toDecision() {
    if (checks == null || checks.isEmpty()) {
      throw new IllegalArgumentException("decision.checks must list at least one check");
    }
    List<CheckResult> results = checks.stream().map(c -> {
      if (c.step() == null) {
        throw new IllegalArgumentException("every check needs a step");
      }
      Measurement m = c.measurement() == null ? null
          : new Measurement(c.measurement().score(), c.measurement().threshold(), c.measurement().higherIsBetter(),
              c.measurement().source() == null ? "unspecified" : c.measurement().source());
      return new CheckResult(c.step(), c.failure(), m, Duration.ofNanos(Math.round(c.elapsedMillis() * 1e6)));
    }).toList();
    ClearanceDecision derived = ClearanceDecision.derivedFrom(results);
    if (reason != null && reason != derived.reason()) {
      throw new IllegalArgumentException("decision.reason " + reason + " disagrees with its checks, which give " + derived.reason());
    }
    return derived;
  }
}
