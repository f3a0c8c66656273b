package org.egate.lane.clearance;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.egate.border.biometric.BiometricTemplate;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.clearance.Measurement;
import org.egate.border.clearance.Step;
import org.egate.border.identity.DocumentKind;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.border.site.Site;
import org.egate.document.mrz.MrzData;
import org.egate.document.mrz.MrzReader;
import org.egate.document.mrz.MrzResult;
import org.egate.lane.TransactionId;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.authorization.AuthorizationQuery;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.authorization.AuthorizationUnavailableException;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.controller.LaneState;
import org.egate.lane.controller.LaneStateMachine;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DocumentReading;
import org.egate.lane.device.LaneDevices;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.OfficerAlert;
import org.egate.lane.device.Prompt;
import org.egate.lane.time.LaneTime;

/**
 * One lane serving travelers one at a time (DESIGN.md, "Clearance, as data flows through it"):
 *
 * <ol>
 *   <li>document read (MRZ, every check digit right), retried a few times; a document the
 *       catalogue does not allow at this port and direction is refused here;
 *   <li>authorization by the server (it applies enrollment, eligibility, exit bans, permits and
 *       where the document may be used); no answer: refuse (fail closed);
 *   <li>entry door opens; occupancy must be exactly one adult and no trolley; entry door closes;
 *   <li>face capture with quality feedback, then 1:1 face match;
 *   <li>if the face fails or is unusable: fingerprint, either index finger;
 *   <li>decision with a reason code, journaled durably;
 *   <li>exit door opens, or the entry door reopens, the traveler is sent to a counter and the
 *       supervisor alerted.
 * </ol>
 *
 * A device fault ends the attempt safely (traveler sent back, officer called); a disconnected
 * device takes the lane out of service until {@link #restore()}. Not thread-safe: one lane, one
 * thread.
 */
public final class ClearanceFlow {

  private final Lane lane;
  private final Site site;
  private final MrzReader mrzReader;
  private final LaneDevices devices;
  private final AuthorizationService authorization;
  private final Matchers matchers;
  private final CrossingOutbox outbox;
  private final LaneTime time;
  private final RandomGenerator random;
  private final LaneParameters parameters;
  private final LaneStateMachine machine;
  private final FaceCapture capture;
  private final FingerFallback finger;
  private Optional<String> fault = Optional.empty();

  public ClearanceFlow(Lane lane, Site site, LaneDevices devices, AuthorizationService authorization,
      Matchers matchers, CrossingOutbox outbox, LaneTime time, RandomGenerator random, LaneParameters parameters) {
    this.lane = Objects.requireNonNull(lane, "lane");
    this.site = Objects.requireNonNull(site, "site");
    if (!site.id().equals(lane.site())) {
      throw new IllegalArgumentException("lane " + lane.id() + " stands at " + lane.site() + ", not at " + site.id());
    }
    this.devices = Objects.requireNonNull(devices, "devices");
    this.authorization = Objects.requireNonNull(authorization, "authorization");
    this.matchers = Objects.requireNonNull(matchers, "matchers");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.time = Objects.requireNonNull(time, "time");
    this.random = Objects.requireNonNull(random, "random");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.machine = new LaneStateMachine(lane.id(), time);
    this.mrzReader = new MrzReader(time.clock());
    this.capture = new FaceCapture(devices.camera(), matchers.face(), time, parameters);
    this.finger = new FingerFallback(devices.scanner(), matchers.finger(), matchers.thresholds(), parameters);
  }

  public Lane lane() {
    return lane;
  }

  public LaneState state() {
    return machine.state();
  }

  /** Why the lane is out of service because of a fault, if it is. */
  public Optional<String> fault() {
    return fault;
  }

  /** An officer has fixed the fault: the lane serves again. */
  public void restore() {
    fault = Optional.empty();
    if (machine.state() == LaneState.OUT_OF_SERVICE && lane.servesOn(today())) {
      machine.moveTo(LaneState.IDLE, "restored by an officer");
    }
  }

  /**
   * Serves the traveler whose document is on the reader; empty when no document came within the
   * idle wait (or the lane is out of service and nobody is there).
   */
  public Optional<Transaction> serveNext() {
    Optional<ReasonCode> closed = lane.refusalOn(today());
    if (closed.isPresent() || fault.isPresent()) {
      return refuseWhileOutOfService(closed.orElse(ReasonCode.LANE_CLOSED));
    }
    if (machine.state() == LaneState.OUT_OF_SERVICE) {
      machine.moveTo(LaneState.IDLE, "lane open since " + lane.opensOn());
    }
    devices.display().show(Prompt.PLACE_DOCUMENT);
    try {
      if (!devices.reader().awaitDocument(parameters.idleWait())) {
        return Optional.empty();
      }
    } catch (DeviceFault readerGone) {
      goOutOfService(readerGone);
      return Optional.empty();
    }
    machine.beginTransaction();
    Attempt attempt = new Attempt(TransactionId.random(random), devices.display(), time);
    machine.moveTo(LaneState.DOCUMENT, "document placed");
    try {
      clear(attempt);
    } catch (DeviceFault deviceFault) {
      attempt.fault = deviceFault.getMessage();
      attempt.check(CheckResult.failed(attempt.step, ReasonCode.DEVICE_FAULT, deviceFault.elapsed()));
      if (deviceFault.kind().takesLaneOutOfService()) {
        fault = Optional.of(deviceFault.getMessage());
      }
    } catch (RuntimeException bug) {
      // A defect (or a corrupt template) must not leave someone locked between the doors: end the
      // attempt like a device fault, send the traveler back, and stop serving until an officer looks.
      attempt.fault = "internal error in " + attempt.step + ": " + bug;
      attempt.check(CheckResult.failed(attempt.step, ReasonCode.DEVICE_FAULT, Duration.ZERO));
      fault = Optional.of(attempt.fault);
    }
    return Optional.of(decide(attempt));
  }

  /** Steps 1-5, each recorded as the domain's check results; returns at the first refusal. */
  private void clear(Attempt attempt) throws DeviceFault {
    Optional<ReadDocument> document = readDocument(attempt);
    if (document.isEmpty()) {
      return;
    }
    machine.moveTo(LaneState.AUTHORIZATION, "MRZ read");
    attempt.step = Step.LANE_AUTHORIZATION;
    Optional<ReasonCode> notHere = notUsableHere(document.get().data());
    if (notHere.isPresent()) {
      // The document catalogue says where a document may be used (e.g. the Kinmen–Matsu permit at
      // Shuitou only): no need to ask the server about a document this lane must refuse anyway.
      attempt.check(CheckResult.failed(Step.LANE_AUTHORIZATION, notHere.get(), Duration.ZERO));
      return;
    }
    attempt.prompt(Prompt.PLEASE_WAIT);
    Instant asked = time.now();
    Authorization answer;
    try {
      answer = authorization.authorize(new AuthorizationQuery(lane.id(), attempt.id, document.get().mrz(), asked));
    } catch (AuthorizationUnavailableException unavailable) {
      // Fail closed: no answer is no authorization.
      attempt.fault = "authorization unavailable: " + unavailable.getMessage();
      attempt.check(CheckResult.failed(Step.LANE_AUTHORIZATION, ReasonCode.SERVER_UNAVAILABLE, attempt.since(asked)));
      return;
    }
    attempt.answered(answer);
    if (answer instanceof Authorization.Refused refused) {
      attempt.check(CheckResult.failed(Step.LANE_AUTHORIZATION, refused.reason(), attempt.since(asked)));
      return;
    }
    attempt.check(CheckResult.passed(Step.LANE_AUTHORIZATION, attempt.since(asked)));
    machine.moveTo(LaneState.ENTRY, "authorized");
    BiometricTemplate enrolledFace = attempt.granted.templates().face();
    if (enrolledFace != null && !matchers.face().reads(enrolledFace)) {
      attempt.fault = "enrolled face of format '" + enrolledFace.format() + "' is not readable by this lane's matcher";
      enrolledFace = null;
    }
    attempt.step = Step.OCCUPANCY;
    FaceCapture.AskedAhead askedAhead = admit(attempt, enrolledFace != null);
    if (askedAhead == null) {
      return;
    }
    machine.moveTo(LaneState.CAPTURE, "one adult inside, entry door closing");
    attempt.step = Step.FACE_CAPTURE;
    FaceCapture.Result face = enrolledFace == null
        ? new FaceCapture.Result(Optional.empty(), false)
        : capture.run(attempt, askedAhead);
    if (face.tailgating()) {
      return;
    }
    attempt.step = Step.OCCUPANCY;
    if (!entryClosed(attempt)) {
      return;
    }
    attempt.step = Step.FACE_CAPTURE;
    machine.moveTo(LaneState.MATCH, face.usable().isPresent() ? "usable frame" : "face unusable");
    if (face.usable().isPresent()) {
      attempt.step = Step.FACE_MATCH;
      Instant compared = time.now();
      double score = matchers.face().compare(face.usable().get(), enrolledFace);
      attempt.faceScore(score);
      Measurement measurement = Measurement.similarity(score, matchers.thresholds().face(), matchers.thresholds().source());
      if (attempt.check(CheckResult.scored(Step.FACE_MATCH, measurement, ReasonCode.FACE_MISMATCH,
          attempt.since(compared)))) {
        return;
      }
    }
    if (attempt.granted.templates().fingers().values().stream().anyMatch(matchers.finger()::reads)) {
      finger.run(attempt);
    } else if (face.usable().isEmpty() && enrolledFace == null) {
      // Nothing this lane can match against: never a pass without a biometric comparison.
      attempt.check(CheckResult.failed(Step.FINGER_MATCH, attempt.granted.templates().fingers().isEmpty()
          ? ReasonCode.NO_FINGERPRINT_ENROLLED : ReasonCode.DEVICE_FAULT, Duration.ZERO));
    }
  }

  /** An MRZ that read cleanly (every check digit right) and what it says. */
  private record ReadDocument(MrzText mrz, MrzData data) {}

  /** Where the domain says this kind of document may not be used: this port, this direction. */
  private Optional<ReasonCode> notUsableHere(MrzData data) {
    return DocumentKind.fromMrz(data.documentCode(), data.issuer())
        .flatMap(kind -> site.port().flatMap(port -> kind.refusalAt(port, lane.direction())));
  }

  private Optional<ReadDocument> readDocument(Attempt attempt) throws DeviceFault {
    for (int n = 0; n < parameters.documentReads(); n++) {
      Instant start = time.now();
      DocumentReading reading;
      try {
        reading = devices.reader().read();
      } catch (DeviceFault fault) {
        if (fault.kind().takesLaneOutOfService()) {
          throw fault;
        }
        // A read that timed out or glitched is retried like an unreadable document.
        attempt.check(CheckResult.failed(Step.DOCUMENT_READ, ReasonCode.DEVICE_FAULT, attempt.since(start)));
        attempt.prompt(Prompt.READ_AGAIN);
        continue;
      }
      if (reading instanceof DocumentReading.Read read) {
        MrzResult parsed = mrzReader.read(read.mrz().text());
        if (parsed.valid() && parsed.data().isPresent()) {
          attempt.check(CheckResult.passed(Step.DOCUMENT_READ, attempt.since(start)));
          return Optional.of(new ReadDocument(read.mrz(), parsed.data().get()));
        }
        // OCR errors the check digits catch: read again, as a reader does.
        attempt.check(CheckResult.failed(Step.DOCUMENT_READ, ReasonCode.DOCUMENT_UNREADABLE, attempt.since(start)));
        attempt.prompt(Prompt.READ_AGAIN);
        continue;
      }
      attempt.check(CheckResult.failed(Step.DOCUMENT_READ, ReasonCode.DOCUMENT_UNREADABLE, attempt.since(start)));
      if (reading instanceof DocumentReading.Absent) {
        return Optional.empty();
      }
      attempt.prompt(Prompt.READ_AGAIN);
    }
    return Optional.empty();
  }

  /**
   * Step 3: entry door, occupancy (exactly one adult, no trolley), entry door closing.
   *
   * @param lookAhead whether to look at the traveler through the opening door (a face will be taken)
   * @return what the look ahead asked off (see {@link FaceCapture#lookAhead}), or null when the
   *     traveler may not go on
   */
  private FaceCapture.AskedAhead admit(Attempt attempt, boolean lookAhead) throws DeviceFault {
    Instant start = time.now();
    // Interlock: the exit door, closing behind the previous traveler while this one's document
    // was read (decision 0132), must be shut before the entry door opens.
    devices.exitDoor().awaitClosed();
    devices.entryDoor().startOpening();
    attempt.entryOpened = true;
    FaceCapture.AskedAhead askedAhead = lookAhead ? capture.lookAhead(attempt) : FaceCapture.AskedAhead.NOTHING;
    attempt.prompt(Prompt.ENTER); // as the leaves move: the traveler steps off with them (decision 0161)
    devices.entryDoor().awaitOpen();
    Occupancy seen = attempt.saw(devices.occupancy().awaitEntered(parameters.entryWait()));
    if (seen.trolley() && seen.people() == 1 && !seen.shortPerson()) {
      // A trolley is the one thing a traveler can fix in place: ask once, look again.
      attempt.check(CheckResult.failed(Step.OCCUPANCY, ReasonCode.TROLLEY_IN_ZONE, attempt.since(start)));
      attempt.prompt(Prompt.NO_TROLLEY);
      start = time.now();
      time.sleep(parameters.trolleyGrace());
      seen = attempt.saw(devices.occupancy().read());
    }
    if (!occupancyCheck(attempt, seen, start)) {
      return null;
    }
    // Face capture starts while the entry door closes (decision 0132); entryClosed() waits for it.
    devices.entryDoor().startClosing();
    return askedAhead;
  }

  /**
   * The entry door has closed behind the traveler: someone may have slipped in while it closed,
   * so look once more with the door shut, before any match counts.
   */
  private boolean entryClosed(Attempt attempt) throws DeviceFault {
    Instant start = time.now();
    devices.entryDoor().awaitClosed();
    return occupancyCheck(attempt, attempt.saw(devices.occupancy().read()), start);
  }

  private boolean occupancyCheck(Attempt attempt, Occupancy seen, Instant since) {
    Optional<ReasonCode> violation = violation(seen);
    violation.flatMap(ClearanceFlow::promptFor).ifPresent(attempt::prompt);
    return attempt.check(violation
        .map(reason -> CheckResult.failed(Step.OCCUPANCY, reason, attempt.since(since)))
        .orElseGet(() -> CheckResult.passed(Step.OCCUPANCY, attempt.since(since))));
  }

  /** The rule at the gate (DESIGN.md, "At the gate"): one person, no child, no trolley. */
  private static Optional<ReasonCode> violation(Occupancy seen) {
    if (seen.people() > 1) {
      return Optional.of(ReasonCode.MORE_THAN_ONE_PERSON);
    }
    if (seen.shortPerson()) {
      return Optional.of(ReasonCode.CHILD_IN_LANE);
    }
    if (seen.trolley()) {
      return Optional.of(ReasonCode.TROLLEY_IN_ZONE);
    }
    if (seen.people() == 0) {
      return Optional.of(ReasonCode.TIMED_OUT);
    }
    return Optional.empty();
  }

  private static Optional<Prompt> promptFor(ReasonCode violation) {
    return switch (violation) {
      case MORE_THAN_ONE_PERSON -> Optional.of(Prompt.ONE_PERSON_ONLY);
      case CHILD_IN_LANE -> Optional.of(Prompt.NO_CHILDREN);
      default -> Optional.empty();
    };
  }

  /** Steps 6-7: decision, journal, then out one door or the other. */
  private Transaction decide(Attempt attempt) {
    ClearanceDecision clearance = attempt.derivedDecision();
    if (clearance.isCleared() && !attempt.biometricPassed()) {
      // Guard against a path that forgot its checks: a pass needs a face or fingerprint match.
      attempt.fault = "no passed biometric comparison behind a " + clearance.reason() + " decision";
      fault = Optional.of(attempt.fault);
      // Recorded as a failed check so the server, deriving the decision again, agrees.
      attempt.check(CheckResult.failed(attempt.step, ReasonCode.DEVICE_FAULT, Duration.ZERO));
      clearance = attempt.derivedDecision();
    }
    machine.moveTo(LaneState.DECISION, clearance.reason().name());
    GateDecision decision = decision(attempt, clearance);
    Optional<CrossingRecord> record = record(attempt, decision);
    if (record.isPresent()) {
      try {
        outbox.record(record.get());
      } catch (IOException journalFailed) {
        // Fail closed: a crossing that is not durably recorded does not open the exit door.
        attempt.fault = "journal: " + journalFailed.getMessage();
        fault = Optional.of(attempt.fault);
        decision = decision(attempt, new ClearanceDecision(ReasonCode.DEVICE_FAULT, attempt.checks()));
        record = Optional.empty();
      }
    }
    if (decision.passed()) {
      leaveThroughExit(attempt);
    } else {
      sendBack(attempt, decision);
    }
    if (fault.isPresent()) {
      machine.moveTo(LaneState.OUT_OF_SERVICE, fault.get());
      alert(Optional.of(attempt.id), ReasonCode.DEVICE_FAULT, "lane out of service: " + fault.get());
    } else {
      machine.moveTo(LaneState.IDLE, "lane clear");
    }
    outbox.forward();
    return new Transaction(attempt.id, lane.id(), decision, machine.timeline(), record);
  }

  private GateDecision decision(Attempt attempt, ClearanceDecision clearance) {
    return new GateDecision(clearance, time.now(), attempt.evidence(matchers.thresholds()), machine.timeline().timeIn());
  }

  /** The record of an attempt by a traveler the server named; none for attempts refused before that. */
  private Optional<CrossingRecord> record(Attempt attempt, GateDecision decision) {
    return Optional.ofNullable(attempt.granted).map(granted -> new CrossingRecord(attempt.id.crossingId(),
        attempt.id.idempotencyKey(lane.id()), granted.traveler(), granted.enrollment(), lane.id(), lane.site(),
        lane.direction(), decision));
  }

  private void leaveThroughExit(Attempt attempt) {
    machine.moveTo(LaneState.EXIT, "cleared");
    attempt.prompt(Prompt.PROCEED);
    try {
      devices.exitDoor().open();
      boolean cleared = devices.occupancy().awaitCleared(parameters.leaveWait());
      // The traveler is through: the door closes behind them while the next document is read
      // (decision 0132); the entry door waits for it (interlock in admit()).
      devices.exitDoor().startClosing();
      if (!cleared) {
        fault = Optional.of("lane not cleared " + parameters.leaveWait().toSeconds() + " s after the exit door opened");
      }
    } catch (DeviceFault deviceFault) {
      fault = Optional.of(deviceFault.getMessage());
    }
  }

  private void sendBack(Attempt attempt, GateDecision decision) {
    machine.moveTo(LaneState.RETURN, decision.reason().name());
    attempt.prompt(Prompt.GO_TO_COUNTER);
    alert(Optional.of(attempt.id), decision.reason(), decision.reason().english());
    if (!attempt.entryOpened) {
      return;
    }
    try {
      if (devices.occupancy().read().isEmpty()) {
        devices.entryDoor().close();
        return;
      }
      devices.entryDoor().open();
      boolean cleared = devices.occupancy().awaitCleared(parameters.leaveWait());
      devices.entryDoor().close();
      if (!cleared) {
        fault = Optional.of("lane not cleared " + parameters.leaveWait().toSeconds() + " s after the entry door reopened");
      }
    } catch (DeviceFault deviceFault) {
      fault = Optional.of(deviceFault.getMessage());
    }
  }

  private Optional<Transaction> refuseWhileOutOfService(ReasonCode reason) {
    if (machine.state() == LaneState.IDLE) {
      machine.moveTo(LaneState.OUT_OF_SERVICE, reason.name());
    }
    devices.display().show(Prompt.LANE_CLOSED);
    boolean someoneThere;
    try {
      someoneThere = devices.reader().awaitDocument(parameters.idleWait());
    } catch (DeviceFault readerGone) {
      someoneThere = false;
    }
    if (!someoneThere) {
      return Optional.empty();
    }
    machine.beginTransaction();
    Attempt attempt = new Attempt(TransactionId.random(random), devices.display(), time);
    attempt.fault = fault.orElse(null);
    attempt.check(CheckResult.failed(Step.LANE_AUTHORIZATION, reason, Duration.ZERO));
    GateDecision decision = decision(attempt, attempt.derivedDecision());
    return Optional.of(new Transaction(attempt.id, lane.id(), decision, machine.timeline(), Optional.empty()));
  }

  private void goOutOfService(DeviceFault deviceFault) {
    fault = Optional.of(deviceFault.getMessage());
    if (machine.state().canMoveTo(LaneState.OUT_OF_SERVICE)) {
      machine.moveTo(LaneState.OUT_OF_SERVICE, deviceFault.getMessage());
    }
    alert(Optional.empty(), ReasonCode.DEVICE_FAULT, "lane out of service: " + deviceFault.getMessage());
  }

  private void alert(Optional<TransactionId> transaction, ReasonCode reason, String detail) {
    devices.officerCall().alert(new OfficerAlert(lane.id(), transaction, reason, time.now(), detail));
  }

  private LocalDate today() {
    return LocalDate.now(time.clock());
  }
}
