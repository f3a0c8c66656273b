package org.egate.server.identity;

import java.time.Clock;
import java.time.LocalDate;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.LossReport;
import org.egate.border.identity.LostStolenDocuments;
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

/** Supervisors report documents lost or stolen (revocation); lanes and enrollment then refer their holders. */
@RestController
class LostStolenController {
  private final LostStolenDocuments list;
  private final AuditLog audit;
  private final Clock clock;

  LostStolenController(LostStolenDocuments list, AuditLog audit, Clock clock) {
    this.list = list;
    this.audit = audit;
    this.clock = clock;
  }

  record Report(String kind, String issuer, String number, LocalDate reportedOn, String source) {}

  @PostMapping("/api/revoked-documents")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Report report(@RequestBody Report body) {
    if (body.kind() == null || body.issuer() == null || body.number() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "kind, issuer and number are required");
    }
    DocumentKey key = DocumentKey.of(DocumentKind.parse(body.kind()), body.issuer(), body.number());
    LossReport r = new LossReport(key, body.reportedOn() == null ? LocalDate.now(clock) : body.reportedOn(),
        body.source() == null ? "officer report" : body.source());
    list.report(r);
    audit.append(Actors.current(), AuditAction.DOCUMENT_REVOKED, "document:" + key.kind().code() + "/" + key.issuer().code(),
        r.source(), "reportedOn=" + r.reportedOn());
    return new Report(key.kind().code(), key.issuer().code(), key.number().value(), r.reportedOn(), r.source());
  }
}
