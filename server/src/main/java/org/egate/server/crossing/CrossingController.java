package org.egate.server.crossing;

import java.time.Instant;
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
import org.egate.server.statistics.GateMetrics;
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
class CrossingController {
  private final CrossingLog log;
  private final SiteDirectory sites;
  private final AuditLog audit;
  private final GateMetrics metrics;
  private final CrossingPartitions partitions;
  private final TransactionTemplate tx;
  private final LaneActivity board;

  CrossingController(CrossingLog log, SiteDirectory sites, AuditLog audit, GateMetrics metrics, CrossingPartitions partitions,
      TransactionTemplate tx, LaneActivity board) {
    this.board = board;
    this.partitions = partitions;
    this.tx = tx;
    this.log = log;
    this.sites = sites;
    this.audit = audit;
    this.metrics = metrics;
  }

  /** What a lane sends; {@code site} and {@code direction} default to the lane's own. */
  record CrossingBody(String key, UUID traveler, UUID enrollment, Instant occurredAt, String site, Direction direction, DecisionJson decision) {}

  record CrossingAnswer(String status, UUID crossingId, ReasonCode reasonCode) {}

  @PostMapping("/api/lanes/{laneId}/crossings")
  ResponseEntity<CrossingAnswer> ingest(@PathVariable String laneId, @RequestBody CrossingBody body) {
    if (body.key() == null || body.traveler() == null || body.enrollment() == null || body.occurredAt() == null || body.decision() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "key, traveler, enrollment, occurredAt and decision are required");
    }
    partitions.ensureFor(body.occurredAt()); // before the transaction: see SqlCrossingRepository
    return tx.execute(s -> record(laneId, body));
  }

  private ResponseEntity<CrossingAnswer> record(String laneId, CrossingBody body) {
    LaneId lane = LaneId.of(laneId);
    Lane known = sites.lane(lane).orElseThrow(() ->
        DomainProblem.exception(HttpStatus.NOT_FOUND, ReasonCode.LANE_UNKNOWN, "no lane " + lane));
    CrossingReport report = new CrossingReport(IdempotencyKey.of(body.key()), new TravelerId(body.traveler()),
        new EnrollmentId(body.enrollment()), lane, body.site() == null ? known.site() : SiteId.of(body.site()),
        body.direction() == null ? known.direction() : body.direction(),
        // PostgreSQL keeps microseconds; a retry with the same nanoseconds must compare equal.
        body.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS), body.decision().toDecision());
    IngestResult result = log.ingest(report);
    return switch (result.status()) {
      case RECORDED -> {
        var c = result.crossing();
        audit.append(Actors.current(), AuditAction.CROSSING_RECORDED, "crossing:" + c.id(), "gate decision",
            "enrollment=" + c.enrollment() + " reason=" + c.decision().reason());
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
}
