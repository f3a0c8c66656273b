package org.egate.server.crossing;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.egate.border.crossing.CrossingLog;
import org.egate.border.crossing.CrossingReport;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.crossing.IngestResult;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Direction;
import org.egate.border.site.Lane;
import org.egate.border.site.LaneId;
import org.egate.border.site.SiteDirectory;
import org.egate.border.site.SiteId;
import org.egate.border.traveler.TravelerId;
import org.egate.server.api.DomainProblem;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.console.board.LaneActivity;
import org.egate.server.security.Actors;
import org.egate.server.storage.GroupCommit;
import org.egate.server.statistics.GateMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Crossing ingest from lanes, idempotent by the lane's key: 201 when recorded, 200 with status
 * DUPLICATE for a retry, 409 IDEMPOTENCY_KEY_REUSED for the same key with other facts.
 */
@RestController
public class CrossingController {
  private final CrossingLog log;
  private final SiteDirectory sites;
  private final AuditLog audit;
  private final GateMetrics metrics;
  private final CrossingPartitions partitions;
  private final LaneActivity board;
  private final GroupCommit<Pending, IngestResult> commits;

  CrossingController(CrossingLog log, SiteDirectory sites, AuditLog audit, GateMetrics metrics, CrossingPartitions partitions,
      TransactionTemplate tx, @Value("${egate.group-commit.max-batch:128}") int maxBatch,
      @Value("${egate.group-commit.writers:4}") int writers,
      LaneActivity board) {
    this.board = board;
    this.partitions = partitions;
    this.log = log;
    this.sites = sites;
    this.audit = audit;
    this.metrics = metrics;
    this.commits = new GroupCommit<>("crossings", tx, maxBatch, writers, this::writeBatch);
  }

  /** What a lane sends; {@code site} and {@code direction} default to the lane's own. */
  public record CrossingBody(String key, UUID traveler, UUID enrollment, Instant occurredAt, String site, Direction direction, DecisionJson decision) {}

  public record CrossingAnswer(String status, UUID crossingId, ReasonCode reasonCode) {}

  /** One lane's report waiting for the group commit, with who sent it (for the audit entry). */
  private record Pending(CrossingReport report, String actor) {}

  @PostMapping("/api/lanes/{laneId}/crossings")
  public ResponseEntity<CrossingAnswer> ingest(@PathVariable String laneId, @RequestBody CrossingBody body) {
    if (body.key() == null || body.traveler() == null || body.enrollment() == null || body.occurredAt() == null || body.decision() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "key, traveler, enrollment, occurredAt and decision are required");
    }
    partitions.ensureFor(body.occurredAt()); // before the transaction: see SqlCrossingRepository
    LaneId lane = LaneId.of(laneId);
    Lane known = sites.lane(lane).orElseThrow(() ->
        DomainProblem.exception(HttpStatus.NOT_FOUND, ReasonCode.LANE_UNKNOWN, "no lane " + lane));
    CrossingReport report = new CrossingReport(IdempotencyKey.of(body.key()), new TravelerId(body.traveler()),
        new EnrollmentId(body.enrollment()), lane, body.site() == null ? known.site() : SiteId.of(body.site()),
        body.direction() == null ? known.direction() : body.direction(),
        // PostgreSQL keeps microseconds; a retry with the same nanoseconds must compare equal.
        body.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS), body.decision().toDecision());
    // the answer waits for the commit of the batch this report joins (decision 0090)
    IngestResult result = commits.submit(new Pending(report, Actors.current()));
    return switch (result.status()) {
      case RECORDED -> {
        var c = result.crossing();
        metrics.crossing(c.decision().reason());
        board.crossing(laneId, c.decision().reason()); // non-blocking; the live board (console)
        yield ResponseEntity.status(HttpStatus.CREATED).body(new CrossingAnswer("RECORDED", c.id().value(), c.decision().reason()));
      }
      case DUPLICATE -> ResponseEntity.ok(new CrossingAnswer("DUPLICATE", result.crossing().id().value(), result.crossing().decision().reason()));
      case REFUSED -> throw DomainProblem.exception(
          result.refusal() == ReasonCode.IDEMPOTENCY_KEY_REUSED ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
          result.refusal(), "crossing " + body.key() + " refused: " + result.refusal().english());
    };
  }

  /** One transaction for the batch: every report ingested in order, an audit entry for each one recorded. */
  private List<IngestResult> writeBatch(List<Pending> batch) {
    List<IngestResult> results = log.ingestAll(batch.stream().map(Pending::report).toList());
    List<AuditLog.Pending> entries = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      IngestResult r = results.get(i);
      if (r.status() == IngestResult.Status.RECORDED) {
        var c = r.crossing();
        entries.add(audit.entry(batch.get(i).actor(), AuditAction.CROSSING_RECORDED, "crossing:" + c.id(), "gate decision",
            "enrollment=" + c.enrollment() + " reason=" + c.decision().reason()));
      }
    }
    audit.appendAll(entries);
    return results;
  }

  @PreDestroy
  void close() {
    commits.close();
  }
}
