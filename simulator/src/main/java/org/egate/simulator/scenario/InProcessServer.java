package org.egate.simulator.scenario;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.authorization.LaneAuthorization;
import org.egate.border.authorization.LaneAuthorizer;
import org.egate.border.crossing.IdempotencyKey;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.reason.ReasonCode;
import org.egate.border.timeline.TaipeiCalendar;
import org.egate.document.mrz.MrzData;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.authorization.AuthorizationQuery;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.authorization.AuthorizationUnavailableException;
import org.egate.lane.journal.JournalEntry;
import org.egate.lane.journal.JournalSink;
import org.egate.lane.journal.SinkUnavailableException;

/**
 * The central server's lane-facing answers without HTTP or a database: the MRZ is read with the
 * document module, the holder is authorized by the border domain's {@link LaneAuthorizer}, and
 * crossings are kept by idempotency key. It can be taken down to exercise fail-closed lanes. Used
 * by the scenario library's in-process runs; the real server does the same behind its REST API.
 */
public final class InProcessServer implements AuthorizationService, JournalSink {
  private final LaneAuthorizer authorizer;
  private final Clock clock;
  private final Map<IdempotencyKey, byte[]> crossings = new LinkedHashMap<>();
  private boolean up = true;

  public InProcessServer(LaneAuthorizer authorizer, Clock clock) {
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void setUp(boolean answering) {
    this.up = answering;
  }

  @Override
  public Authorization authorize(AuthorizationQuery request) throws AuthorizationUnavailableException {
    if (!up) {
      throw new AuthorizationUnavailableException("connection refused: in-process server down");
    }
    LocalDate today = TaipeiCalendar.today(clock);
    MrzResult read = MrzReader.read(request.mrz().text(), today);
    if (!read.valid() || read.data().isEmpty()) {
      return new Authorization.Refused(ReasonCode.DOCUMENT_UNREADABLE, "none");
    }
    MrzData d = read.data().get();
    Optional<DocumentKind> kind = DocumentKind.fromMrz(d.documentCode(), d.issuer());
    if (kind.isEmpty()) {
      // no enrollment can hold a document the domain does not know
      return new Authorization.Refused(ReasonCode.NOT_ENROLLED, "none");
    }
    LaneAuthorization answer = authorizer.authorize(new org.egate.border.authorization.AuthorizationRequest(
        request.lane(), DocumentKey.of(kind.get(), d.issuer(), d.documentNumber()), d.expiryDate()));
    String version = answer.version().map(v -> v.value()).orElse("none");
    if (!answer.isAuthorized()) {
      return new Authorization.Refused(answer.reason(), version);
    }
    return new Authorization.Granted(answer.enrollment().traveler(), answer.enrollment().id(),
        answer.templates().orElseThrow(), version);
  }

  @Override
  public Acknowledgement deliver(JournalEntry entry) throws SinkUnavailableException {
    if (!up) {
      throw new SinkUnavailableException("connection refused: in-process server down");
    }
    return crossings.putIfAbsent(entry.key(), entry.payload()) == null ? Acknowledgement.STORED
        : Acknowledgement.ALREADY_STORED;
  }

  /** Crossings received, by idempotency key. */
  public Map<IdempotencyKey, byte[]> crossings() {
    return Map.copyOf(crossings);
  }
}
