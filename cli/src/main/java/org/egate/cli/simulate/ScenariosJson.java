package org.egate.cli.simulate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.egate.simulator.scenario.Scenario;
import org.egate.simulator.scenario.ScenarioResult;

/**
 * The JSON of {@code egate simulate --scenarios}: one object per scenario (what the rule expects
 * against what the lane did, with reason codes) and {@code scenarioMismatches}.
 */
final class ScenariosJson {
  private ScenariosJson() {}

  static ObjectNode of(List<ScenarioResult> results, String backend) {
    ObjectNode o = CapacityJson.MAPPER.createObjectNode();
    o.put("mode", "scenarios");
    o.put("backend", backend);
    o.put("scenarios", results.size());
    o.put("scenarioMismatches", results.stream().filter(r -> !r.matches()).count());
    ArrayNode list = o.putArray("results");
    for (ScenarioResult r : results) {
      Scenario s = r.scenario();
      ObjectNode n = list.addObject();
      n.put("name", s.name());
      n.put("rule", s.rule());
      n.put("lane", s.laneId());
      n.put("at", s.at().toOffsetDateTime().toString());
      n.put("server", s.server().name());
      ObjectNode expected = n.putObject("expected");
      expected.put("reasonCode", s.expected().name());
      expected.put("outcome", s.expectedOutcome().name());
      s.expectedPrompt().ifPresent(p -> expected.put("prompt", p.name()));
      s.enrollmentRefused().ifPresent(e -> expected.put("enrollmentRefused", e.name()));
      ObjectNode actual = n.putObject("actual");
      actual.put("reasonCode", r.actual().name());
      actual.put("outcome", r.actual().outcome().name());
      actual.put("messageEn", r.actual().english());
      r.prompts().stream().map(Enum::name).distinct().forEach(actual.putArray("prompts")::add);
      r.enrollmentRefused().ifPresent(e -> actual.put("enrollmentRefused", e.name()));
      actual.put("journaled", r.journaled());
      r.recordProblem().ifPresent(p -> actual.put("recordProblem", p));
      n.put("match", r.matches());
    }
    return o;
  }
}
