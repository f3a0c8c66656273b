package org.egate.server.stamp;

import java.util.UUID;
import org.egate.border.crossing.CrossingId;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.SiteId;
import org.egate.border.stamp.StampDesk;
import org.egate.border.stamp.StampOutcome;
import org.egate.server.api.DomainProblem;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A counter officer stamps the passport for a same-day automated crossing (補蓋章戳). */
@RestController
class StampController {
  private final StampDesk desk;
  private final AuditLog audit;

  StampController(StampDesk desk, AuditLog audit) {
    this.desk = desk;
    this.audit = audit;
  }

  record StampBody(UUID crossing, String counter) {}

  record Stamped(UUID stampRequestId, UUID crossing, String counter, java.time.LocalDate day, ReasonCode reasonCode) {}

  @PostMapping("/api/stamp-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Stamped request(@RequestBody StampBody body) {
    if (body.crossing() == null || body.counter() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "crossing and counter are required");
    }
    StampOutcome outcome = desk.request(new CrossingId(body.crossing()), SiteId.of(body.counter()));
    audit.append(Actors.current(), AuditAction.STAMP_REQUEST, "crossing:" + body.crossing(), "stamp request", "outcome=" + outcome.reason());
    if (!outcome.isStamped()) {
      throw DomainProblem.exception(outcome.reason() == ReasonCode.CROSSING_NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
          outcome.reason(), outcome.reason().english());
    }
    var r = outcome.request();
    return new Stamped(r.id().value(), r.crossing().value(), r.counter().value(), r.day(), ReasonCode.STAMPED);
  }
}
