package org.egate.simulator.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.device.Prompt;

/**
 * What the lane decided in a scenario, against what the scenario expected.
 *
 * @param enrollmentRefused the enrollment desk's refusal of the scenario's application, if any
 * @param recordProblem set when the crossing the lane journaled did not reach the server exactly
 *     once after forwarding (lost, doubled or still pending)
 */
public record ScenarioResult(Scenario scenario, ReasonCode actual, List<Prompt> prompts, boolean journaled,
    Optional<ReasonCode> enrollmentRefused, Optional<String> recordProblem) {
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(actual, "actual");
    prompts = List.copyOf(prompts);
    Objects.requireNonNull(enrollmentRefused, "enrollmentRefused");
    Objects.requireNonNull(recordProblem, "recordProblem");
  }

  public boolean matches() {
    return actual == scenario.expected() && scenario.expectedPrompt().map(prompts::contains).orElse(true)
        && enrollmentRefused.equals(scenario.enrollmentRefused()) && recordProblem.isEmpty();
  }

  @Override
  public String toString() {
    return scenario.name() + ": expected " + scenario.expected() + scenario.expectedPrompt().map(p -> " after " + p).orElse("")
        + scenario.enrollmentRefused().map(r -> " (enrollment refused " + r + ")").orElse("")
        + ", got " + actual + " (prompts " + prompts + ")"
        + enrollmentRefused.map(r -> " (enrollment refused " + r + ")").orElse("")
        + recordProblem.map(p -> " RECORD: " + p).orElse("");
  }
}
