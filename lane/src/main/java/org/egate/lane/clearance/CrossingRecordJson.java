package org.egate.lane.clearance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.IndexFinger;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.controller.LaneState;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.Prompt;

/**
 * The JSON form of a {@link CrossingRecord}: what the journal stores and the lane forwards. Plain
 * JSON (instants as ISO-8601 text, durations as {@code ...Millis}) so any reader can audit a
 * journal without this code.
 */
public final class CrossingRecordJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CrossingRecordJson() {}

  public static byte[] encode(CrossingRecord record) {
    try {
      return JSON.writeValueAsBytes(tree(record));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode crossing " + record.id(), e);
    }
  }

  public static ObjectNode tree(CrossingRecord record) {
    GateDecision decision = record.decision();
    Evidence evidence = decision.evidence();
    ObjectNode root = JSON.createObjectNode();
    root.put("crossingId", record.id().toString());
    root.put("idempotencyKey", record.key().value());
    root.put("laneId", record.lane().value());
    root.put("siteId", record.site().value());
    root.put("direction", record.direction().name());
    root.put("decidedAt", decision.at().toString());
    root.put("passed", decision.passed());
    root.put("reasonCode", decision.reason().name());
    root.put("outcome", decision.outcome().name());
    ObjectNode message = root.putObject("message");
    message.put("zhTw", decision.message().zhTw());
    message.put("en", decision.message().english());
    evidence.authorizationReference().ifPresent(ref -> root.put("authorizationReference", ref));
    evidence.ruleVersion().ifPresent(version -> root.put("ruleVersion", version));
    ArrayNode faces = root.putArray("faceScores");
    evidence.faceScores().forEach(faces::add);
    ArrayNode fingers = root.putArray("fingerScores");
    for (FingerScore score : evidence.fingerScores()) {
      fingers.addObject().put("attempt", score.attempt()).put("finger", score.finger().name())
          .put("score", score.score());
    }
    ObjectNode thresholds = root.putObject("thresholds");
    thresholds.put("face", evidence.thresholds().face());
    thresholds.put("finger", evidence.thresholds().finger());
    thresholds.put("source", evidence.thresholds().source());
    ArrayNode occupancy = root.putArray("occupancy");
    for (Occupancy seen : evidence.occupancy()) {
      occupancy.addObject().put("people", seen.people()).put("trolley", seen.trolley())
          .put("shortPerson", seen.shortPerson());
    }
    ArrayNode frames = root.putArray("frameIssues");
    for (List<FaceIssue> issues : evidence.frameIssues()) {
      ArrayNode frame = frames.addArray();
      issues.forEach(issue -> frame.add(issue.name()));
    }
    ArrayNode prompts = root.putArray("prompts");
    evidence.prompts().forEach(prompt -> prompts.add(prompt.name()));
    evidence.fault().ifPresent(fault -> root.put("fault", fault));
    ObjectNode steps = root.putObject("stepMillis");
    decision.stepTimings().forEach((state, time) -> steps.put(state.name(), time.toMillis()));
    return root;
  }

  public static CrossingRecord decode(byte[] json) {
    try {
      return fromTree(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("journal payload is not JSON", e);
    }
  }

  static CrossingRecord fromTree(JsonNode root) {
    List<Double> faceScores = new ArrayList<>();
    root.path("faceScores").forEach(n -> faceScores.add(n.asDouble()));
    List<FingerScore> fingerScores = new ArrayList<>();
    root.path("fingerScores").forEach(n -> fingerScores.add(new FingerScore(n.path("attempt").asInt(),
        IndexFinger.valueOf(n.path("finger").asText()), n.path("score").asDouble())));
    JsonNode t = root.path("thresholds");
    List<Occupancy> occupancy = new ArrayList<>();
    root.path("occupancy").forEach(n -> occupancy.add(new Occupancy(n.path("people").asInt(),
        n.path("trolley").asBoolean(), n.path("shortPerson").asBoolean())));
    List<List<FaceIssue>> frameIssues = new ArrayList<>();
    root.path("frameIssues").forEach(frame -> {
      List<FaceIssue> issues = new ArrayList<>();
      frame.forEach(issue -> issues.add(FaceIssue.valueOf(issue.asText())));
      frameIssues.add(issues);
    });
    List<Prompt> prompts = new ArrayList<>();
    root.path("prompts").forEach(n -> prompts.add(Prompt.valueOf(n.asText())));
    Evidence evidence = new Evidence(text(root, "authorizationReference"), text(root, "ruleVersion"), occupancy,
        frameIssues, faceScores, fingerScores,
        new MatchThresholds(t.path("face").asDouble(), t.path("finger").asDouble(), t.path("source").asText()),
        prompts, text(root, "fault"));
    Map<LaneState, Duration> steps = new EnumMap<>(LaneState.class);
    root.path("stepMillis").fields().forEachRemaining(
        e -> steps.put(LaneState.valueOf(e.getKey()), Duration.ofMillis(e.getValue().asLong())));
    GateDecision decision = new GateDecision(ReasonCode.valueOf(root.path("reasonCode").asText()),
        Instant.parse(root.path("decidedAt").asText()), evidence, steps);
    return new CrossingRecord(CrossingId.of(root.path("crossingId").asText()),
        IdempotencyKey.of(root.path("idempotencyKey").asText()), LaneId.of(root.path("laneId").asText()),
        SiteId.of(root.path("siteId").asText()), Direction.valueOf(root.path("direction").asText()), decision);
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }
}
