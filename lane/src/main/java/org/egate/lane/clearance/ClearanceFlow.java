package org.egate.lane.clearance;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.egate.border.reason.ReasonCode;
import org.egate.border.site.Lane;
import org.egate.lane.TransactionId;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.authorization.AuthorizationRequest;
import org.egate.lane.authorization.AuthorizationService;
import org.egate.lane.authorization.AuthorizationUnavailableException;
import org.egate.lane.biometric.Matchers;
import org.egate.lane.controller.LaneState;
import org.egate.lane.controller.LaneStateMachine;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.DocumentReading;
import org.egate.lane.device.LaneDevices;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.OfficerAlert;
import org.egate.lane.device.Prompt;
import org.egate.lane.time.LaneTime;

/**
 * One lane serving travelers one at a time (DESIGN.md, "Clearance, as data flows through it"):
 *
 * <ol>
 *   <li>document read (MRZ), retried a few times;
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

  public ClearanceFlow(Lane lane, LaneDevices devices, AuthorizationService authorization, Matchers matchers,
      CrossingOutbox outbox, LaneTime time, RandomGenerator random, LaneParameters parameters) {
    this.lane = Objects.requireNonNull(lane, "lane");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.authorization = Objects.requireNonNull(authorization, "authorization");
    this.matchers = Objects.requireNonNull(matchers, "matchers");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.time = Objects.requireNonNull(time, "time");
    this.random = Objects.requireNonNull(random, "random");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.machine = new LaneStateMachine(lane.id(), time);
    this.capture = new FaceCapture(devices.camera(), matchers.face(), time, parameters);
    this.finger = new FingerFallback(devices.scanner(), matchers.finger(), matchers.thresholds().finger(), parameters);
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
      goOutOfService(Optional.empty(), readerGone);
      return Optional.empty();
    }
    machine.beginTransaction();
    Attempt attempt = new Attempt(TransactionId.random(random), devices.display());
    machine.moveTo(LaneState.DOCUMENT, "document placed");
    ReasonCode reason;
    try {
      reason = clear(attempt);
    } catch (DeviceFault deviceFault) {
      attempt.fault = deviceFault.getMessage();
      if (deviceFault.kind().takesLaneOutOfService()) {
        fault = Optional.of(deviceFault.getMessage());
      }
      reason = ReasonCode.DEVICE_FAULT;
    }
    return Optional.of(decide(attempt, reason));
  }

  /** Steps 1-5: returns CLEARED or the reason for refusing. */
  private ReasonCode clear(Attempt attempt) throws DeviceFault {
    Optional<DocumentReading.Read> document = readDocument(attempt);
    if (document.isEmpty()) {
      return ReasonCode.DOCUMENT_UNREADABLE;
    }
    machine.moveTo(LaneState.AUTHORIZATION, "MRZ read");
    attempt.prompt(Prompt.PLEASE_WAIT);
    Authorization answer;
    try {
      answer = authorization.authorize(new AuthorizationRequest(lane.id(), attempt.id, document.get().mrz(), time.now()));
    } catch (AuthorizationUnavailableException unavailable) {
      attempt.fault = "authorization unavailable: " + unavailable.getMessage();
      return ReasonCode.SERVER_UNAVAILABLE;
    }
    attempt.answered(answer);
    if (answer instanceof Authorization.Refused refused) {
      return refused.reason();
    }
    machine.moveTo(LaneState.ENTRY, "authorized");
    Optional<ReasonCode> occupancyRefusal = admit(attempt);
    if (occupancyRefusal.isPresent()) {
      return occupancyRefusal.get();
    }
    machine.moveTo(LaneState.CAPTURE, "one adult inside, entry door closed");
    FaceCapture.Result face = attempt.granted.face().isPresent()
        ? capture.run(attempt)
        : FaceCapture.Result.unusable(ReasonCode.FACE_NOT_DETECTED);
    if (face.tailgating()) {
      return ReasonCode.MORE_THAN_ONE_PERSON;
    }
    machine.moveTo(LaneState.MATCH, face.usable().isPresent() ? "usable frame" : "face unusable: " + face.unusableReason());
    ReasonCode faceReason = face.unusableReason();
    if (face.usable().isPresent()) {
      double score = attempt.faceScore(matchers.face().compare(face.usable().get(), attempt.granted.face().get()));
      if (score >= matchers.thresholds().face()) {
        return ReasonCode.CLEARED;
      }
      faceReason = ReasonCode.FACE_MISMATCH;
    }
    if (attempt.granted.fingers().isEmpty()) {
      return faceReason;
    }
    return finger.run(attempt);
  }

  private Optional<DocumentReading.Read> readDocument(Attempt attempt) throws DeviceFault {
    for (int n = 0; n < parameters.documentReads(); n++) {
      DocumentReading reading = devices.reader().read();
      if (reading instanceof DocumentReading.Read read) {
        return Optional.of(read);
      }
      if (reading instanceof DocumentReading.Absent) {
        return Optional.empty();
      }
      attempt.prompt(Prompt.READ_AGAIN);
    }
    return Optional.empty();
  }

  /** Step 3: entry door, occupancy (exactly one adult, no trolley), entry door closed. */
  private Optional<ReasonCode> admit(Attempt attempt) throws DeviceFault {
    devices.entryDoor().open();
    attempt.entryOpened = true;
    attempt.prompt(Prompt.ENTER);
    Occupancy seen = attempt.saw(devices.occupancy().awaitEntered(parameters.entryWait()));
    if (seen.people() == 0) {
      return Optional.of(ReasonCode.TIMED_OUT);
    }
    if (seen.trolley() && seen.people() == 1 && !seen.shortPerson()) {
      // A trolley is the one thing a traveler can fix in place: ask once, look again.
      attempt.prompt(Prompt.NO_TROLLEY);
      time.sleep(parameters.trolleyGrace());
      seen = attempt.saw(devices.occupancy().read());
    }
    Optional<ReasonCode> refusal = violation(attempt, seen);
    if (refusal.isPresent()) {
      return refusal;
    }
    devices.entryDoor().close();
    // Someone may slip in while the door closes: look once more with the door shut.
    return violation(attempt, attempt.saw(devices.occupancy().read()));
  }

  private static Optional<ReasonCode> violation(Attempt attempt, Occupancy seen) {
    if (seen.people() > 1) {
      attempt.prompt(Prompt.ONE_PERSON_ONLY);
      return Optional.of(ReasonCode.MORE_THAN_ONE_PERSON);
    }
    if (seen.shortPerson()) {
      attempt.prompt(Prompt.NO_CHILDREN);
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

  /** Steps 6-7: decision, journal, then out one door or the other. */
  private Transaction decide(Attempt attempt, ReasonCode reason) {
    machine.moveTo(LaneState.DECISION, reason.name());
    GateDecision decision = decision(attempt, reason);
    CrossingRecord record = record(attempt, decision);
    try {
      outbox.record(record);
    } catch (IOException journalFailed) {
      // Fail closed: a crossing that is not durably recorded does not open the exit door.
      attempt.fault = "journal: " + journalFailed.getMessage();
      fault = Optional.of(attempt.fault);
      decision = decision(attempt, ReasonCode.DEVICE_FAULT);
      record = null;
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
    return new Transaction(attempt.id, lane.id(), decision, machine.timeline(), Optional.ofNullable(record));
  }

  private GateDecision decision(Attempt attempt, ReasonCode reason) {
    return new GateDecision(reason, time.now(), attempt.evidence(matchers.thresholds()), machine.timeline().timeIn());
  }

  private CrossingRecord record(Attempt attempt, GateDecision decision) {
    return new CrossingRecord(attempt.id.crossingId(), attempt.id.idempotencyKey(lane.id()), lane.id(), lane.site(),
        lane.direction(), decision);
  }

  private void leaveThroughExit(Attempt attempt) {
    machine.moveTo(LaneState.EXIT, "cleared");
    attempt.prompt(Prompt.PROCEED);
    try {
      devices.exitDoor().open();
      boolean cleared = devices.occupancy().awaitCleared(parameters.leaveWait());
      devices.exitDoor().close();
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
    Attempt attempt = new Attempt(TransactionId.random(random), devices.display());
    attempt.fault = fault.orElse(null);
    GateDecision decision = decision(attempt, reason);
    return Optional.of(new Transaction(attempt.id, lane.id(), decision, machine.timeline(), Optional.empty()));
  }

  private void goOutOfService(Optional<TransactionId> transaction, DeviceFault deviceFault) {
    fault = Optional.of(deviceFault.getMessage());
    if (machine.state().canMoveTo(LaneState.OUT_OF_SERVICE)) {
      machine.moveTo(LaneState.OUT_OF_SERVICE, deviceFault.getMessage());
    }
    alert(transaction, ReasonCode.DEVICE_FAULT, "lane out of service: " + deviceFault.getMessage());
  }

  private void alert(Optional<TransactionId> transaction, ReasonCode reason, String detail) {
    devices.officerCall().alert(new OfficerAlert(lane.id(), transaction, reason, time.now(), detail));
  }

  private LocalDate today() {
    return LocalDate.now(time.clock());
  }
}
