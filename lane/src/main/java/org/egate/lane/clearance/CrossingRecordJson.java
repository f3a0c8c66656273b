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
import java.util.UUID;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.clearance.Measurement;
import org.egate.border.clearance.Step;
import org.egate.border.crossing.CrossingId;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteId;
import org.egate.border.traveler.TravelerId;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.controller.LaneState;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.Prompt;

/**
 * The JSON form of a {@link CrossingRecord}: what the journal stores. The top-level fields {@code
 * key, traveler, enrollment, occurredAt, site, direction, decision} are the server's crossing
 * ingest body (decision = reason and the checks in the order they ran, elapsed in milliseconds);
 * {@code crossingId}, {@code laneId}, {@code message}, {@code evidence} and {@code stepMillis} are
 * the lane's own account, kept in the journal for audit. Plain JSON so any reader can audit a
 * journal without this code.
 */
public final class CrossingRecordJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The fields the server's crossing ingest takes. */
  public static final List<String> INGEST_FIELDS =
      List.of("key", "traveler", "enrollment", "occurredAt", "site", "direction", "decision");

  private CrossingRecordJson() {}

  public static byte[] encode(CrossingRecord record) {
    try {
      return JSON.writeValueAsBytes(tree(record));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode crossing " + record.id(), e);
    }
  }

  public static CrossingRecord decode(byte[] json) {
    try {
      return fromTree(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("journal payload is not JSON", e);
    }
  }

  /** Only the server's ingest fields of a journaled payload. */
  public static byte[] ingestBody(byte[] journaled) {
    try {
      JsonNode root = JSON.readTree(journaled);
      ObjectNode body = JSON.createObjectNode();
      INGEST_FIELDS.forEach(field -> body.set(field, root.get(field)));
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException("journal payload is not JSON", e);
    }
  }

  public static ObjectNode tree(CrossingRecord record) {
    GateDecision decision = record.decision();
    ObjectNode root = JSON.createObjectNode();
    root.put("key", record.key().value());
    root.put("traveler", record.traveler().value().toString());
    root.put("enrollment", record.enrollment().value().toString());
    root.put("occurredAt", decision.at().toString());
    root.put("site", record.site().value());
    root.put("direction", record.direction().name());
    root.set("decision", decision(decision.clearance()));
    root.put("crossingId", record.id().toString());
    root.put("laneId", record.lane().value());
    root.put("passed", decision.passed());
    ObjectNode message = root.putObject("message");
    message.put("zhTw", decision.message().zhTw());
    message.put("en", decision.message().english());
    root.set("evidence", evidence(decision.evidence()));
    ObjectNode steps = root.putObject("stepMillis");
    decision.stepTimings().forEach((state, time) -> steps.put(state.name(), time.toMillis()));
    return root;
  }

  private static ObjectNode decision(ClearanceDecision clearance) {
    ObjectNode node = JSON.createObjectNode();
    node.put("reason", clearance.reason().name());
    ArrayNode checks = node.putArray("checks");
    for (CheckResult check : clearance.checks()) {
      ObjectNode c = checks.addObject();
      c.put("step", check.step().name());
      c.put("failure", check.failureReason().map(Enum::name).orElse(null));
      check.score().ifPresentOrElse(m -> c.putObject("measurement").put("score", m.score())
          .put("threshold", m.threshold()).put("higherIsBetter", m.higherIsBetter()).put("source", m.source()),
          () -> c.putNull("measurement"));
      c.put("elapsedMillis", check.elapsed().toNanos() / 1e6);
    }
    return node;
  }

  private static ObjectNode evidence(Evidence evidence) {
    ObjectNode root = JSON.createObjectNode();
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
    return root;
  }

  static CrossingRecord fromTree(JsonNode root) {
    JsonNode d = root.path("decision");
    List<CheckResult> checks = new ArrayList<>();
    d.path("checks").forEach(c -> {
      JsonNode m = c.path("measurement");
      Measurement measurement = m.isMissingNode() || m.isNull() ? null
          : new Measurement(m.path("score").asDouble(), m.path("threshold").asDouble(),
              m.path("higherIsBetter").asBoolean(), m.path("source").asText());
      ReasonCode failure = c.path("failure").isNull() || c.path("failure").isMissingNode() ? null
          : ReasonCode.valueOf(c.path("failure").asText());
      checks.add(new CheckResult(Step.valueOf(c.path("step").asText()), failure, measurement,
          Duration.ofNanos(Math.round(c.path("elapsedMillis").asDouble() * 1e6))));
    });
    ClearanceDecision clearance = new ClearanceDecision(ReasonCode.valueOf(d.path("reason").asText()), checks);
    Map<LaneState, Duration> steps = new EnumMap<>(LaneState.class);
    root.path("stepMillis").fields().forEachRemaining(
        e -> steps.put(LaneState.valueOf(e.getKey()), Duration.ofMillis(e.getValue().asLong())));
    GateDecision decision = new GateDecision(clearance, Instant.parse(root.path("occurredAt").asText()),
        evidenceFrom(root.path("evidence")), steps);
    return new CrossingRecord(CrossingId.of(root.path("crossingId").asText()),
        IdempotencyKey.of(root.path("key").asText()), new TravelerId(UUID.fromString(root.path("traveler").asText())),
        new EnrollmentId(UUID.fromString(root.path("enrollment").asText())), LaneId.of(root.path("laneId").asText()),
        SiteId.of(root.path("site").asText()), Direction.valueOf(root.path("direction").asText()), decision);
  }

  private static Evidence evidenceFrom(JsonNode root) {
    List<Double> faceScores = new ArrayList<>();
    root.path("faceScores").forEach(n -> faceScores.add(n.asDouble()));
    List<FingerScore> fingerScores = new ArrayList<>();
    root.path("fingerScores").forEach(n -> fingerScores.add(new FingerScore(n.path("attempt").asInt(),
        FingerPosition.valueOf(n.path("finger").asText()), n.path("score").asDouble())));
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
    return new Evidence(text(root, "ruleVersion"), occupancy, frameIssues, faceScores, fingerScores,
        new MatchThresholds(t.path("face").asDouble(), t.path("finger").asDouble(), t.path("source").asText()),
        prompts, text(root, "fault"));
  }

  private static Optional<String> text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }
}
