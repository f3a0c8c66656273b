package org.egate.server.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.egate.border.biometric.BiometricSet;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.biometric.Consent;
import org.egate.border.biometric.FingerPosition;
import org.egate.border.eligibility.EnrollmentApplication;
import org.egate.border.enrollment.Enrollment;
import org.egate.border.enrollment.EnrollmentChangeRefused;
import org.egate.border.enrollment.EnrollmentDesk;
import org.egate.border.enrollment.EnrollmentId;
import org.egate.border.enrollment.EnrollmentOutcome;
import org.egate.border.identity.DocumentKey;
import org.egate.border.identity.DocumentKind;
import org.egate.border.identity.IdentityDocument;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Location;
import org.egate.border.site.SiteId;
import org.egate.border.site.TerminalCode;
import org.egate.border.traveler.Height;
import org.egate.border.traveler.PersonName;
import org.egate.border.traveler.Traveler;
import org.egate.border.traveler.TravelerId;
import org.egate.border.traveler.TravelerRepository;
import org.egate.document.mrz.MrzData;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.egate.server.api.DomainProblem;
import org.egate.server.api.ProblemException;
import org.egate.server.api.ProtocolReason;
import org.egate.server.api.RequestLimits;
import org.egate.server.audit.AuditAction;
import org.egate.server.audit.AuditLog;
import org.egate.server.biometric.BiometricRejected;
import org.egate.server.biometric.FaceTemplates;
import org.egate.server.biometric.FingerTemplates;
import org.egate.server.security.Actors;
import org.egate.server.statistics.GateMetrics;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrollment at the counter and the enrollment's later changes. Templates are computed before
 * the transaction (slow, no database); the rules and the 1:N check run in one transaction per use
 * case, serialized by an advisory lock so two counters cannot enroll the same person at once.
 */
@RestController
class EnrollmentController {
  /** Advisory lock key serializing enrollments ("EGATEENR"). */
  private static final long ENROLL_LOCK = 0x454741544545E52L;

  private final EnrollmentDesk desk;
  private final SqlEnrollmentRepository enrollments;
  private final TravelerRepository travelers;
  private final FaceTemplates faces;
  private final FingerTemplates fingers;
  private final ReferralHits referralHits;
  private final AuditLog audit;
  private final GateMetrics metrics;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  EnrollmentController(EnrollmentDesk desk, SqlEnrollmentRepository enrollments, TravelerRepository travelers, FaceTemplates faces,
      FingerTemplates fingers, ReferralHits referralHits, AuditLog audit, GateMetrics metrics, JdbcClient jdbc,
      TransactionTemplate tx, Clock clock) {
    this.desk = desk;
    this.enrollments = enrollments;
    this.travelers = travelers;
    this.faces = faces;
    this.fingers = fingers;
    this.referralHits = referralHits;
    this.audit = audit;
    this.metrics = metrics;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * The answer to an enrollment: ENROLLED (active) or POSSIBLE_DUPLICATE (in the referral queue, with
   * the candidates and, per candidate, each modality that hit with its score and threshold).
   */
  record EnrollmentAnswer(UUID enrollmentId, UUID travelerId, String status, ReasonCode reasonCode, String messageZhTw, String messageEn,
      String ruleVersion, UUID referralId, List<UUID> duplicateCandidates, List<ReferralHit> duplicateHits) {}

  @PostMapping("/api/enrollments")
  ResponseEntity<EnrollmentAnswer> enroll(@RequestBody EnrollmentRequest body) {
    Prepared p = prepare(body);
    return tx.execute(s -> store(body, p));
  }

  private record Prepared(Optional<PersonName> mrzName, Optional<MrzData> mrz, List<IdentityDocument> documents, BiometricSet biometrics,
      byte[] faceImage) {}

  private Prepared prepare(EnrollmentRequest body) {
    if (body.category() == null || body.heightCm() == null || body.place() == null || body.faceImage() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "category, heightCm, place and faceImage are required");
    }
    if (body.traveler() == null && body.mrz() == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, "give traveler, or the travel document's mrz");
    }
    Optional<MrzData> mrz = Optional.empty();
    List<IdentityDocument> documents = new ArrayList<>();
    if (body.mrz() != null) {
      MrzResult read = new MrzReader(clock).read(body.mrz());
      if (!read.valid() || read.data().isEmpty()) {
        String why = read.findings().isEmpty() ? "unreadable" : read.findings().get(0).code() + " at " + read.findings().get(0).field();
        throw new ProblemException(ProtocolReason.INVALID_MRZ, "the MRZ is invalid: " + why);
      }
      MrzData d = read.data().get();
      DocumentKind kind = DocumentKind.fromMrz(d.documentCode(), d.issuer())
          .orElseThrow(() -> new ProblemException(ProtocolReason.INVALID_MRZ, "document code " + d.documentCode() + " of " + d.issuer() + " is not a kind egate knows"));
      documents.add(new IdentityDocument(DocumentKey.of(kind, d.issuer(), d.documentNumber()), d.expiryDate()));
      mrz = Optional.of(d);
    }
    if (body.documents() != null) {
      for (EnrollmentRequest.DocumentPart part : body.documents()) {
        if (part == null || part.kind() == null || part.issuer() == null || part.number() == null) {
          throw new ProblemException(ProtocolReason.MISSING_FIELD, "each document needs kind, issuer and number");
        }
        IdentityDocument doc = new IdentityDocument(DocumentKey.of(DocumentKind.parse(part.kind()), part.issuer(), part.number()), part.expiresOn());
        if (documents.stream().noneMatch(d -> d.key().equals(doc.key()))) {
          documents.add(doc);
        }
      }
    }
    byte[] faceImage = image("faceImage", body.faceImage());
    BiometricTemplate face = template(() -> faces.extract(faceImage));
    Map<FingerPosition, BiometricTemplate> prints = new EnumMap<>(FingerPosition.class);
    if (body.fingerprints() != null) {
      body.fingerprints().forEach((pos, b64) -> {
        byte[] img = image("fingerprints." + pos, b64);
        prints.put(pos, template(() -> fingers.extract(pos, img)));
      });
    }
    return new Prepared(mrz.map(d -> new PersonName(d.surname(), d.givenNames())), mrz, documents, new BiometricSet(face, prints), faceImage);
  }

  private ResponseEntity<EnrollmentAnswer> store(EnrollmentRequest body, Prepared p) {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(ENROLL_LOCK).query((rs, n) -> 1).single();
    if (body.clientKey() != null) {
      Optional<UUID> earlier = jdbc.sql("select id from enrollment where client_key = ?").param(body.clientKey()).query(UUID.class).optional();
      if (earlier.isPresent()) {
        Enrollment e = enrollments.find(new EnrollmentId(earlier.get())).orElseThrow();
        if (!sameSubmission(e, p)) {
          throw new ProblemException(ProtocolReason.DUPLICATE_SUBMISSION, "client key " + body.clientKey() + " was used for another enrollment");
        }
        return ResponseEntity.ok(answer(e, e.status().laneRefusal().orElse(ReasonCode.ENROLLED), null, List.of(), List.of()));
      }
    }
    TravelerId travelerId = p.documents().stream().map(IdentityDocument::key).map(enrollments::travelerByDocument)
        .flatMap(Optional::stream).findFirst().orElseGet(travelers::nextId);
    Traveler traveler = body.traveler() != null
        ? new Traveler(travelerId, new PersonName(nz(body.traveler().surname()), nz(body.traveler().givenNames())),
            require(body.traveler().birthDate(), "traveler.birthDate"), require(body.traveler().nationality(), "traveler.nationality"))
        : new Traveler(travelerId, p.mrzName().orElseThrow(), p.mrz().orElseThrow().birthDate(), p.mrz().orElseThrow().nationality());
    Consent consent = body.consent() == null ? null
        : new Consent(body.consent().faceImage(), body.consent().fingerprints(),
            body.consent().givenOn() == null ? LocalDate.now(clock) : body.consent().givenOn());
    EnrollmentApplication application = new EnrollmentApplication(traveler, body.category(), p.documents(),
        Height.ofCentimeters(body.heightCm()), p.biometrics(), consent,
        Location.of(SiteId.of(require(body.place().site(), "place.site")), TerminalCode.of(require(body.place().terminal(), "place.terminal"))));
    long start = System.nanoTime();
    EnrollmentOutcome outcome = desk.enroll(application);
    metrics.duplicateCheckTimer().record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    metrics.enrollment(outcome.reason());
    if (outcome.outcome() == Outcome.REJECT) {
      ProblemDetail problem = DomainProblem.of(outcome.reason() == ReasonCode.ALREADY_ENROLLED ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
          outcome.reason(), "enrollment refused: " + outcome.eligibility().unmet());
      problem.setProperty("unmet", outcome.eligibility().unmet().stream().map(Enum::name).toList());
      outcome.eligibility().version().ifPresent(v -> problem.setProperty("ruleVersion", v.value()));
      throw new ProblemException(problem);
    }
    Enrollment e = outcome.enrollment();
    enrollments.saveFaceImage(e.id(), p.faceImage());
    if (body.clientKey() != null) {
      jdbc.sql("update enrollment set client_key = ? where id = ?").params(body.clientKey(), e.id().value()).update();
    }
    UUID referral = null;
    List<ReferralHit> hits = List.of();
    if (!outcome.duplicateCandidates().isEmpty()) {
      referral = UUID.randomUUID();
      hits = ReferralHits.of(outcome.duplicateHits());
      jdbc.sql("insert into referral (id, enrollment_id, candidates, status, created_at) values (?, ?, ?, 'OPEN', ?)")
          .params(referral, e.id().value(), String.join(",", outcome.duplicateCandidates().stream().map(EnrollmentId::toString).toList()),
              java.sql.Timestamp.from(clock.instant()))
          .update();
      referralHits.record(referral, hits);
      audit.append(Actors.current(), AuditAction.ENROLLMENT_REFERRED, "enrollment:" + e.id(), "1:N duplicate check",
          "candidates=" + outcome.duplicateCandidates().size() + " referral=" + referral
              + " modalities=" + String.join(",", hits.stream().map(ReferralHit::modality).distinct().toList())
              + " hits=[" + String.join("; ", hits.stream().map(ReferralHit::audited).toList()) + "]");
    }
    audit.append(Actors.current(), AuditAction.ENROLLMENT_CREATED, "enrollment:" + e.id(), "enrollment at " + e.place(),
        "traveler=" + e.traveler() + " reason=" + outcome.reason() + " ruleVersion=" + e.ruleVersion());
    return ResponseEntity.status(HttpStatus.CREATED).body(answer(e, outcome.reason(), referral, outcome.duplicateCandidates(), hits));
  }

  private static boolean sameSubmission(Enrollment e, Prepared p) {
    return p.documents().stream().allMatch(d -> e.holds(d.key()));
  }

  private static EnrollmentAnswer answer(Enrollment e, ReasonCode reason, UUID referral, List<EnrollmentId> candidates, List<ReferralHit> hits) {
    return new EnrollmentAnswer(e.id().value(), e.traveler().value(), e.status().name(), reason, reason.zhTw(), reason.english(),
        e.ruleVersion().value(), referral, candidates.stream().map(EnrollmentId::value).toList(), hits);
  }

  /** An officer reads an enrollment and its traveler's personal data: audited with the officer's reason. */
  record EnrollmentView(UUID id, UUID travelerId, String surname, String givenNames, LocalDate birthDate, String nationality, String category,
      List<EnrollmentRequest.DocumentPart> documents, int heightCm, String status, LocalDate statusSince, String statusNote, String ruleVersion,
      LocalDate enrolledOn, boolean face, List<FingerPosition> fingerprints) {}

  @GetMapping("/api/enrollments/{id}")
  EnrollmentView read(@PathVariable String id, @RequestParam(value = "why", defaultValue = "") String why) {
    EnrollmentId enrollmentId = EnrollmentId.of(id);
    return tx.execute(s -> {
      Enrollment e = enrollments.find(enrollmentId).orElseThrow(() ->
          DomainProblem.exception(HttpStatus.NOT_FOUND, ReasonCode.ENROLLMENT_NOT_FOUND, "no enrollment " + id));
      Traveler t = travelers.find(e.traveler()).orElseThrow();
      audit.append(Actors.current(), AuditAction.PERSONAL_DATA_READ, "traveler:" + t.id(), why.isBlank() ? "enrollment lookup" : why,
          "enrollment=" + e.id());
      return new EnrollmentView(e.id().value(), t.id().value(), t.name().surname(), t.name().givenNames(), t.birthDate(), t.nationality(),
          e.category().name(), e.documents().stream().map(d -> new EnrollmentRequest.DocumentPart(d.kind().code(), d.key().issuer().code(),
              d.key().number().value(), d.expiresOn())).toList(), e.height().centimeters(), e.status().name(), e.statusSince(), e.statusNote(),
          e.ruleVersion().value(), e.enrolledOn(), e.biometrics().hasFace(), List.copyOf(e.biometrics().fingers().keySet()));
    });
  }

  record Change(String note) {}

  record ChangeAnswer(UUID enrollmentId, String status, LocalDate statusSince) {}

  @PostMapping("/api/enrollments/{id}/withdrawal")
  ChangeAnswer withdraw(@PathVariable String id, @RequestBody(required = false) Change body) {
    return change(id, body, "withdrawn", desk::withdraw);
  }

  @PostMapping("/api/enrollments/{id}/suspension")
  ChangeAnswer suspend(@PathVariable String id, @RequestBody(required = false) Change body) {
    return change(id, body, "suspended", desk::suspend);
  }

  @PostMapping("/api/enrollments/{id}/reinstatement")
  ChangeAnswer reinstate(@PathVariable String id, @RequestBody(required = false) Change body) {
    return change(id, body, "reinstated", desk::reinstate);
  }

  private ChangeAnswer change(String id, Change body, String what, java.util.function.BiFunction<EnrollmentId, String, Enrollment> action) {
    EnrollmentId enrollmentId = EnrollmentId.of(id);
    String note = body == null || body.note() == null ? what : body.note();
    return tx.execute(s -> {
      Enrollment e;
      try {
        e = action.apply(enrollmentId, note);
      } catch (EnrollmentChangeRefused refused) {
        throw DomainProblem.exception(refused.reason() == ReasonCode.ENROLLMENT_NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
            refused.reason(), refused.getMessage());
      }
      audit.append(Actors.current(), AuditAction.ENROLLMENT_STATUS_CHANGED, "enrollment:" + e.id(), note, "status=" + e.status());
      return new ChangeAnswer(e.id().value(), e.status().name(), e.statusSince());
    });
  }

  private static byte[] image(String field, String base64) {
    if (base64 == null || base64.isEmpty()) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, field + " is empty");
    }
    // base64 is 4/3 of the bytes: refuse before decoding
    if ((long) base64.length() * 3 / 4 > RequestLimits.IMAGE_BYTES) {
      throw new ProblemException(ProtocolReason.IMAGE_TOO_LARGE, field + " may be at most " + RequestLimits.IMAGE_BYTES + " bytes");
    }
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(ProtocolReason.INVALID_IMAGE, field + " is not base64");
    }
  }

  private static BiometricTemplate template(java.util.function.Supplier<BiometricTemplate> extract) {
    try {
      return extract.get();
    } catch (BiometricRejected r) {
      throw r.protocol() != null ? new ProblemException(r.protocol(), r.getMessage())
          : DomainProblem.exception(HttpStatus.UNPROCESSABLE_CONTENT, r.domain(), r.getMessage());
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new ProblemException(ProtocolReason.MISSING_FIELD, field + " is required");
    }
    return value;
  }
}
