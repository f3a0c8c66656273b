package org.egate.server.authorization;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.egate.border.authorization.AuthorizationRequest;
import org.egate.border.authorization.LaneAuthorization;
import org.egate.border.authorization.LaneAuthorizer;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.LaneId;
import org.egate.document.mrz.MrzData;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.console.board.LaneActivity;
import org.egate.server.security.Actors;
import org.egate.server.security.LaneCredentials;
import org.egate.server.statistics.GateMetrics;
import org.egate.server.storage.GroupCommit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * "May the holder of this document use this lane now?" A refusal is an answer (200 with the
 * reasons), not an error; only a malformed question is a 4xx problem.
 */
@RestController
public class AuthorizationController {
  private final LaneAuthorizer authorizer;
  private final LaneCredentials credentials;
  private final AuditLog audit;
  private final GateMetrics metrics;
  private final TransactionTemplate reads;
  private final GroupCommit<AuditLog.Pending, Boolean> auditCommits;
  private final JsonMapper json;
  private final MrzReader mrzReader;
  private final LaneActivity board;
  private final Map<String, DerivedKey> sealingKeys = new ConcurrentHashMap<>();

  private record DerivedKey(byte[] secret, SecretKey key) {}

  AuthorizationController(LaneAuthorizer authorizer, LaneCredentials credentials, AuditLog audit, GateMetrics metrics,
      PlatformTransactionManager txm, JsonMapper json, java.time.Clock clock,
      @Value("${egate.group-commit.max-batch:128}") int maxBatch, @Value("${egate.group-commit.writers:4}") int writers,
      LaneActivity board) {
    this.authorizer = authorizer;
    this.credentials = credentials;
    this.audit = audit;
    this.metrics = metrics;
    // The reads share one connection in autocommit (no BEGIN/COMMIT round trips); the only write,
    // the audit entry, joins a group commit (decision 0090).
    this.reads = new TransactionTemplate(txm);
    this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
    this.reads.setReadOnly(true);
    TransactionTemplate writes = new TransactionTemplate(txm);
    this.auditCommits = new GroupCommit<>("authorization-audit", writes, maxBatch, writers, entries -> {
      audit.appendAll(entries);
      return java.util.Collections.nCopies(entries.size(), Boolean.TRUE);
    });
    this.json = json;
    this.mrzReader = new MrzReader(clock);
    this.board = board;
  }

  /** The question: the document (or its MRZ), and the expiry the lane read from it. */
  public record Question(DocumentPart document, String mrz, LocalDate expiryRead) {}

  public record DocumentPart(String kind, String issuer, String number) {}

  /** One template as the lane receives it inside the sealed envelope. */
  public record TemplateView(String modality, String finger, String format, String data) {}

  /** The answer. {@code sealedTemplates}: base64 of {@link LaneSealing} over the JSON list of {@link TemplateView}. */
  public record Answer(UUID authorizationId, String laneId, String decision, ReasonCode reasonCode, List<ReasonCode> reasons,
      String messageZhTw, String messageEn, LocalDate day, String ruleVersion, UUID enrollmentId, UUID travelerId,
      String sealedTemplates) {}

  @PostMapping("/api/lanes/{laneId}/authorizations")
  public Answer authorize(@PathVariable String laneId, @RequestBody Question q) {
    long start = System.nanoTime();
    LaneId lane = LaneId.of(laneId);
    AuthorizationRequest request = request(lane, q);
    UUID authorizationId = UUID.randomUUID();
    LaneAuthorization a = reads.execute(s -> authorizer.authorize(request));
    String subject = a.holder().map(e -> "enrollment:" + e.id())
        .orElse("document:" + request.document().kind().code() + "/" + request.document().issuer().code());
    AuditLog.Pending entry = audit.entry(Actors.current(), AuditAction.LANE_AUTHORIZATION, subject, "lane authorization",
        "authorization=" + authorizationId + " reason=" + a.reason() + " refusals=" + a.refusals()
            + a.version().map(v -> " ruleVersion=" + v).orElse(""));
    String sealed = a.templates().map(t -> seal(laneId, authorizationId, t)).orElse(null);
    ReasonCode reason = a.reason();
    Answer answer = new Answer(authorizationId, laneId, a.isAuthorized() ? "AUTHORIZED" : "REFUSED", reason, a.refusals(), reason.zhTw(),
        reason.english(), a.day(), a.version().map(Object::toString).orElse(null),
        a.holder().map(e -> e.id().value()).orElse(null), a.holder().map(e -> e.traveler().value()).orElse(null), sealed);
    auditCommits.submit(entry); // the answer leaves only once its audit entry is committed
    metrics.authorization(answer.reasonCode());
    metrics.authorizationTimer().record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    board.authorization(laneId, answer.reasonCode()); // non-blocking; the live board (console)
    return answer;
  }

  private AuthorizationRequest request(LaneId lane, Question q) {
    if (q.mrz() != null) {
      MrzResult read = mrzReader.read(q.mrz());
      if (!read.valid() || read.data().isEmpty()) {
        String why = read.findings().isEmpty() ? "unreadable" : read.findings().get(0).code() + " at " + read.findings().get(0).field();
        throw new ProblemException(ProtocolReason.INVALID_MRZ, "the MRZ is invalid: " + why);
      }
      MrzData d = read.data().get();
      DocumentKind kind = DocumentKind.fromMrz(d.documentCode(), d.issuer()).orElseThrow(() ->
          new ProblemException(ProtocolReason.INVALID_MRZ, "document code " + d.documentCode() + " of " + d.issuer() + " is not a kind egate knows"));
      return new AuthorizationRequest(lane, DocumentKey.of(kind, d.issuer(), d.documentNumber()),
          q.expiryRead() != null ? q.expiryRead() : d.expiryDate());
    }
    if (q.document() == null || q.document().kind() == null || q.document().issuer() == null || q.document().number() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "give document {kind, issuer, number} or mrz");
    }
    return new AuthorizationRequest(lane, DocumentKey.of(DocumentKind.parse(q.document().kind()), q.document().issuer(), q.document().number()),
        q.expiryRead());
  }

  @PreDestroy
  void close() {
    auditCommits.close();
  }

  private String seal(String laneId, UUID authorizationId, BiometricSet set) {
    List<TemplateView> views = new ArrayList<>();
    Base64.Encoder b64 = Base64.getEncoder();
    set.faceTemplate().ifPresent(t -> views.add(new TemplateView("FACE", null, t.format(), b64.encodeToString(t.data()))));
    set.fingers().forEach((pos, t) -> views.add(new TemplateView("FINGERPRINT", pos.name(), t.format(), b64.encodeToString(t.data()))));
    byte[] secret = credentials.secretOf(laneId).orElseThrow(() -> new IllegalStateException("lane " + laneId + " has no credential"));
    return b64.encodeToString(LaneSealing.seal(sealingKey(laneId, secret), laneId, authorizationId.toString(),
        json.writeValueAsBytes(Map.of("templates", views))));
  }

  /** The lane's derived sealing key, kept while the lane's secret stays the same (a reissued secret derives anew). */
  private SecretKey sealingKey(String laneId, byte[] secret) {
    DerivedKey k = sealingKeys.get(laneId);
    if (k == null || !Arrays.equals(k.secret(), secret)) {
      k = new DerivedKey(secret.clone(), LaneSealing.key(secret));
      sealingKeys.put(laneId, k);
    }
    return k.key();
  }
}
