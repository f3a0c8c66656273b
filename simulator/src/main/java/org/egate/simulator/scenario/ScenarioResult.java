package org.egate.simulator.scenario;

import java.util.List;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.device.Prompt;

/** What the lane decided in a scenario, against what the scenario expected. */
public record ScenarioResult(Scenario scenario, ReasonCode actual, List<Prompt> prompts, boolean journaled) {
  public ScenarioResult {
    prompts = List.copyOf(prompts);
  }

  public boolean matches() {
    return actual == scenario.expected() && scenario.expectedPrompt().map(prompts::contains).orElse(true);
  }

  @Override
  public String toString() {
    return scenario.name() + ": expected " + scenario.expected() + scenario.expectedPrompt().map(p -> " after " + p).orElse("")
        + ", got " + actual + " (prompts " + prompts + ")";
  }
}
