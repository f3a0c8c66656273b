package org.egate.lane.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.egate.lane.controller.LaneState.AUTHORIZATION;
import static org.egate.lane.controller.LaneState.CAPTURE;
import static org.egate.lane.controller.LaneState.DECISION;
import static org.egate.lane.controller.LaneState.DOCUMENT;
import static org.egate.lane.controller.LaneState.ENTRY;
import static org.egate.lane.controller.LaneState.EXIT;
import static org.egate.lane.controller.LaneState.IDLE;
import static org.egate.lane.controller.LaneState.MATCH;
import static org.egate.lane.controller.LaneState.OUT_OF_SERVICE;
import static org.egate.lane.controller.LaneState.RETURN;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.time.ZonedDateTime;
import org.egate.border.clearance.Step;
import org.egate.border.reason.Outcome;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.device.FaultKind;
import org.egate.lane.device.MrzText;
import org.egate.lane.device.Prompt;
import org.egate.lane.device.simulated.Accessory;
import org.egate.lane.device.simulated.Scene;
import org.egate.lane.device.simulated.Visitor;
import org.egate.lane.fixtures.Documents;
import org.egate.lane.fixtures.FakeServer;
import org.egate.lane.fixtures.LaneRig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One narrated scenario per flow of the gate, on a simulated Taoyuan T2 departure lane and virtual
 * time: each states who walks up, what the lane must decide and why (reason code), and what the
 * traveler and the supervisor see.
 */
class ClearanceScenarioTest {

  static final ZonedDateTime FRIDAY_MORNING = ZonedDateTime.parse("2026-11-27T09:00:00+08:00[Asia/Taipei]");
  static final MrzText LIN = Documents.rocPassport("LIN", "300000001");

  @TempDir Path dir;
  LaneRig rig;

  private Transaction walkUp(Visitor visitor) {
    rig.devices.scene().arrive(visitor);
    return rig.lane.serveNext().orElseThrow();
  }

  private LaneRig rig(String lane, ZonedDateTime at) {
    rig = new LaneRig(lane, at, dir, 7);
    return rig;
  }

  @AfterEach
  void closeJournal() throws IOException {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  void anEnrolledTravelerIsAcceptedByFaceAndLeavesThroughTheExitDoor() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).build());

    GateDecision decision = t.decision();
    assertThat(decision.reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(decision.message().english()).isEqualTo("Clearance complete. Please proceed.");
    assertThat(t.timeline().path()).containsExactly(DOCUMENT, AUTHORIZATION, ENTRY, CAPTURE, MATCH, DECISION, EXIT, IDLE);
    assertThat(decision.evidence().bestFaceScore()).hasValueSatisfying(s -> assertThat(s).isGreaterThanOrEqualTo(0.5));
    assertThat(decision.evidence().fingerScores()).isEmpty();
    assertThat(decision.evidence().thresholds().face()).isEqualTo(0.5);
    assertThat(decision.stepTimings()).containsKeys(DOCUMENT, AUTHORIZATION, ENTRY, CAPTURE, MATCH);
    // Typical devices (docs/DEVICES.md): a clean pass is well inside the source's "12 s at best".
    assertThat(t.timeline().total()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(12));
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.PASSED);
    assertThat(rig.devices.exitDoor().isOpen()).isFalse();
    assertThat(rig.devices.entryDoor().isOpen()).isFalse();
    assertThat(rig.devices.officerCall().alerts()).isEmpty();
    // Journaled, then forwarded with the lane's idempotency key.
    assertThat(t.record()).isPresent();
    assertThat(rig.server.crossings()).containsOnlyKeys(t.record().get().key());
    assertThat(rig.journal.pendingCount()).isZero();
  }

  @Test
  void aFaceThatNoLongerMatchesIsRescuedByEitherIndexFinger() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).faceNotRecognizable().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(t.decision().evidence().bestFaceScore()).hasValueSatisfying(s -> assertThat(s).isLessThan(0.5));
    assertThat(t.decision().evidence().prompts()).contains(Prompt.PLACE_INDEX_FINGER);
    assertThat(t.decision().evidence().bestFingerScore())
        .hasValueSatisfying(f -> assertThat(f.score()).isGreaterThanOrEqualTo(0.5));
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.PASSED);
  }

  @Test
  void sunglassesArePromptedOffAndThenTheFaceIsAccepted() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).wearing(Accessory.SUNGLASSES).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    // Seen at the reader while the entry door opened (decision 0160): asked off before the traveler
    // walks in, so the first frame in the capture zone is bare and used.
    assertThat(rig.devices.scene().prompts()).containsSubsequence(Prompt.PLEASE_WAIT, Prompt.REMOVE_SUNGLASSES,
        Prompt.ENTER, Prompt.LOOK_AT_CAMERA, Prompt.PROCEED);
    assertThat(rig.devices.scene().prompts()).containsOnlyOnce(Prompt.REMOVE_SUNGLASSES);
    assertThat(t.decision().evidence().frameIssues()).containsExactly(List.of());
    assertThat(t.decision().evidence().fingerScores()).isEmpty();
  }

  @Test
  void withoutTheLookAheadSunglassesArePromptedOffInTheCaptureZone() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");
    rig.devices.camera().failNext(FaultKind.TIMEOUT); // the look ahead's frame is dropped

    Transaction t = walkUp(Visitor.with("lin", LIN).wearing(Accessory.SUNGLASSES).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(rig.devices.scene().prompts()).containsSubsequence(Prompt.ENTER, Prompt.LOOK_AT_CAMERA,
        Prompt.REMOVE_SUNGLASSES, Prompt.PROCEED);
    assertThat(t.decision().evidence().frameIssues().get(0)).containsExactly(
        org.egate.lane.biometric.FaceIssue.SUNGLASSES);
    assertThat(t.decision().evidence().frameIssues()).hasSize(2);
  }

  @Test
  void theLookAheadSavesTheCaptureZonePromptPause() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");
    Transaction seenAhead = walkUp(Visitor.with("lin", LIN).wearing(Accessory.SUNGLASSES).build());
    rig.devices.camera().failNext(FaultKind.TIMEOUT);
    Transaction seenInside = walkUp(Visitor.with("lin", LIN).wearing(Accessory.SUNGLASSES).build());

    // Asked in the zone, the traveler needs the prompt pause (1.5 s) and another frame inside the
    // lane; asked ahead, the walk in covers it and capture ends with the entry door's motion.
    assertThat(seenInside.decision().stepTimings().get(CAPTURE)).isGreaterThan(LaneParameters.DEFAULTS.promptPause());
    assertThat(seenAhead.decision().stepTimings().get(CAPTURE)).isLessThan(LaneParameters.DEFAULTS.promptPause());
    assertThat(seenAhead.decision().evidence().frameIssues()).hasSize(1);
  }

  @Test
  void aHatThatStaysOnMakesTheFaceUnusableAndTheFingerprintDecides() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).wearing(Accessory.HAT).ignoresPrompts().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(t.decision().evidence().faceScores()).isEmpty();
    assertThat(t.decision().evidence().prompts()).contains(Prompt.REMOVE_HAT, Prompt.PLACE_INDEX_FINGER);
    // Asked at the reader and once in the zone (wornAsks = 2), then the fingerprint decides: the
    // loop does not run to its 7 s budget (decision 0160).
    assertThat(t.decision().evidence().prompts()).filteredOn(p -> p == Prompt.REMOVE_HAT)
        .hasSize(LaneParameters.DEFAULTS.wornAsks());
    assertThat(t.decision().evidence().frameIssues()).hasSize(LaneParameters.DEFAULTS.wornAsks());
    assertThat(t.decision().stepTimings().get(CAPTURE)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void aMaskThatStaysOnWithoutEnrolledFingerprintsIsRefusedForTheMask() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enrollFaceOnly(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).wearing(Accessory.MASK).ignoresPrompts().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.OCCLUSION_MASK);
    assertThat(t.timeline().path()).containsSubsequence(CAPTURE, MATCH, DECISION, RETURN, IDLE);
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
  }

  @Test
  void aTrolleyTakenOutWhenAskedLetsTheTravelerContinue() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).trolley().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(t.decision().evidence().prompts()).contains(Prompt.NO_TROLLEY);
    assertThat(t.decision().evidence().occupancy().get(0).trolley()).isTrue();
  }

  @Test
  void aTrolleyKeptInTheCaptureZoneSendsTheTravelerBackThroughTheEntryDoor() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).trolley().ignoresPrompts().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.TROLLEY_IN_ZONE);
    assertThat(t.timeline().path()).containsExactly(DOCUMENT, AUTHORIZATION, ENTRY, DECISION, RETURN, IDLE);
    assertThat(t.decision().evidence().prompts()).contains(Prompt.NO_TROLLEY);
    assertThat(rig.devices.scene().prompts()).endsWith(Prompt.GO_TO_COUNTER);
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
    assertThat(rig.devices.officerCall().alerts()).singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo(ReasonCode.TROLLEY_IN_ZONE));
  }

  @Test
  void twoPeopleInTheLaneAbortBeforeAnyCaptureAndBothGoBack() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).companions(1).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.MORE_THAN_ONE_PERSON);
    assertThat(t.timeline().path()).doesNotContain(CAPTURE, EXIT);
    assertThat(t.decision().evidence().occupancy().get(0).people()).isEqualTo(2);
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
    assertThat(rig.devices.entryDoor().isOpen()).isFalse();
    assertThat(rig.devices.exitDoor().isOpen()).isFalse();
  }

  @Test
  void aSecondFaceInTheFrameAbortsEvenWhenThePeopleCounterSawOneBody() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).hiddenCompanion().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.MORE_THAN_ONE_PERSON);
    assertThat(t.decision().evidence().occupancy()).allSatisfy(o -> assertThat(o.people()).isEqualTo(1));
    assertThat(t.decision().evidence().frameIssues().get(0)).contains(org.egate.lane.biometric.FaceIssue.SEVERAL_FACES);
    assertThat(t.timeline().path()).containsSubsequence(CAPTURE, DECISION, RETURN, IDLE).doesNotContain(MATCH, EXIT);
    assertThat(rig.devices.exitDoor().isOpen()).isFalse();
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
  }

  @Test
  void aChildBroughtIntoTheLaneIsRefused() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).child().build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CHILD_IN_LANE);
    assertThat(t.decision().evidence().prompts()).contains(Prompt.NO_CHILDREN);
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
  }

  @Test
  void aTravelerWhoIsNotEnrolledNeverEntersTheLane() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING);

    Transaction t = walkUp(Visitor.with("chen", Documents.rocPassport("CHEN", "300000002")).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.NOT_ENROLLED);
    assertThat(t.decision().outcome()).isEqualTo(Outcome.REJECT);
    assertThat(t.decision().message().zhTw()).contains("尚未申請登錄");
    assertThat(t.timeline().path()).containsExactly(DOCUMENT, AUTHORIZATION, DECISION, RETURN, IDLE);
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.AT_READER);
    assertThat(t.decision().evidence().ruleVersion()).hasValue("seed-2026-11-27");
    // Nobody was identified, so there is no crossing record; the supervisor was called.
    assertThat(t.record()).isEmpty();
    assertThat(rig.server.crossings()).isEmpty();
    assertThat(rig.devices.officerCall().alerts()).singleElement()
        .satisfies(a -> assertThat(a.reason()).isEqualTo(ReasonCode.NOT_ENROLLED));
  }

  @Test
  void aKinmenMatsuPermitIsRefusedAtTaoyuanWithoutAskingTheServerAndAcceptedAtShuitou() throws IOException {
    // DESIGN.md: the Kinmen–Matsu entry-exit permit is valid at Kinmen Shuitou port ONLY.
    MrzText permit = Documents.kinmenMatsuPermit("WANG", "K00000001");
    rig("TAOYUAN-T2-A01", FRIDAY_MORNING).server.enroll(permit, "wang");

    Transaction atTaoyuan = walkUp(Visitor.with("wang", permit).build());

    assertThat(atTaoyuan.decision().reason()).isEqualTo(ReasonCode.DOCUMENT_NOT_VALID_AT_SITE);
    assertThat(atTaoyuan.timeline().path()).containsExactly(DOCUMENT, AUTHORIZATION, DECISION, RETURN, IDLE);
    assertThat(atTaoyuan.decision().evidence().ruleVersion()).as("the server was never asked").isEmpty();

    rig.close();
    rig = new LaneRig("SHUITOU-MAIN-A01", FRIDAY_MORNING, dir.resolve("shuitou"), 7);
    rig.server.enroll(permit, "wang");
    assertThat(walkUp(Visitor.with("wang", permit).build()).decision().reason()).isEqualTo(ReasonCode.CLEARED);
  }

  @Test
  void aDocumentTheServerRefusesIsRefusedWithTheServersReason() {
    MrzText banned = Documents.rocPassport("WU", "300000009");
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.refuse(banned, ReasonCode.EXIT_BAN);

    Transaction t = walkUp(Visitor.with("wu", banned).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.EXIT_BAN);
    assertThat(t.decision().message().english()).contains("exit ban");
  }

  @Test
  void anMrzWhoseCheckDigitsFailIsReadAgainThenRefusedAsUnreadable() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING);
    MrzText good = Documents.rocPassport("LIN", "300000001");
    String line2 = good.lines().get(1);
    char wrongCheckDigit = (char) ('0' + (line2.charAt(9) - '0' + 1) % 10);
    MrzText misread = MrzText.of(good.lines().get(0), line2.substring(0, 9) + wrongCheckDigit + line2.substring(10));

    Transaction t = walkUp(Visitor.with("lin", misread).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.DOCUMENT_UNREADABLE);
    assertThat(t.decision().clearance().checks()).hasSize(LaneParameters.DEFAULTS.documentReads());
  }

  @Test
  void anImpostorWithSomeoneElsesPassportFailsFaceAndFingerprint() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("impostor", LIN).build());

    // A fingerprint was captured, so it covers the face failure and its mismatch decides
    // (ClearanceDecision.derivedFrom).
    assertThat(t.decision().reason()).isEqualTo(ReasonCode.FINGER_MISMATCH);
    assertThat(t.decision().clearance().checks()).extracting(c -> c.step()).containsSubsequence(
        Step.FACE_MATCH, Step.FINGER_CAPTURE, Step.FINGER_MATCH, Step.FINGER_MATCH, Step.FINGER_CAPTURE);
    assertThat(t.record()).hasValueSatisfying(r -> assertThat(r.traveler()).isEqualTo(FakeServer.travelerOf("lin")));
    assertThat(t.decision().evidence().fingerScores()).hasSize(4); // 2 attempts x both index fingers
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
    assertThat(rig.devices.officerCall().alerts()).hasSize(1);
  }

  @Test
  void aLaneRefusesServiceBeforeItsOpeningDayAndServesFromThatDay() {
    // Taoyuan Terminal 1 lanes open on 2013-05-09 (DESIGN.md timeline).
    rig("TAOYUAN-T1-D01", ZonedDateTime.parse("2013-05-08T23:59:00+08:00[Asia/Taipei]")).server.enroll(LIN, "lin");

    Transaction before = walkUp(Visitor.with("lin", LIN).build());
    assertThat(before.decision().reason()).isEqualTo(ReasonCode.LANE_NOT_YET_OPEN);
    assertThat(before.record()).isEmpty();
    assertThat(rig.lane.state()).isEqualTo(OUT_OF_SERVICE);
    assertThat(rig.devices.display().shown()).contains(Prompt.LANE_CLOSED);

    rig.time.advance(Duration.ofMinutes(1));
    Transaction onTheDay = walkUp(Visitor.with("lin", LIN).build());
    assertThat(onTheDay.decision().reason()).isEqualTo(ReasonCode.CLEARED);
  }

  @Test
  void aUnreadableDocumentIsRetriedThenRefused() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");

    Transaction once = walkUp(Visitor.with("lin", LIN).unreadableReads(1).build());
    assertThat(once.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(once.decision().evidence().prompts()).contains(Prompt.READ_AGAIN);

    Transaction never = walkUp(Visitor.with("lin", LIN).unreadableReads(99).build());
    assertThat(never.decision().reason()).isEqualTo(ReasonCode.DOCUMENT_UNREADABLE);
    assertThat(never.timeline().path()).containsExactly(DOCUMENT, DECISION, RETURN, IDLE);
  }

  @Test
  void aCameraLostInTheCaptureZoneSendsTheTravelerBackThroughTheEntryDoor() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");
    rig.devices.camera().failNext(FaultKind.TIMEOUT); // the look ahead's frame is dropped
    rig.devices.camera().failNext(FaultKind.DISCONNECTED); // the first frame in the zone

    Transaction t = walkUp(Visitor.with("lin", LIN).build());
    assertThat(t.decision().reason()).isEqualTo(ReasonCode.DEVICE_FAULT);
    assertThat(t.timeline().path()).containsSubsequence(CAPTURE, DECISION, RETURN, OUT_OF_SERVICE);
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
  }

  @Test
  void aCameraThatDisconnectsSendsTheTravelerBackAndTakesTheLaneOutOfServiceUntilRestored() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");
    rig.devices.camera().disconnect();

    Transaction t = walkUp(Visitor.with("lin", LIN).build());
    assertThat(t.decision().reason()).isEqualTo(ReasonCode.DEVICE_FAULT);
    assertThat(t.decision().evidence().fault()).hasValueSatisfying(f -> assertThat(f).contains("CAMERA DISCONNECTED"));
    assertThat(t.timeline().path()).endsWith(DECISION, RETURN, OUT_OF_SERVICE);
    // The look ahead found the camera gone while the entry door opened: the traveler never stepped in.
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.AT_READER);
    assertThat(rig.devices.entryDoor().isOpen()).isFalse();
    assertThat(rig.devices.officerCall().alerts()).extracting(a -> a.reason())
        .contains(ReasonCode.DEVICE_FAULT);

    Transaction whileDown = walkUp(Visitor.with("lin", LIN).build());
    assertThat(whileDown.decision().reason()).isEqualTo(ReasonCode.LANE_CLOSED);

    rig.devices.camera().reconnect();
    rig.lane.restore();
    assertThat(walkUp(Visitor.with("lin", LIN).build()).decision().reason()).isEqualTo(ReasonCode.CLEARED);
  }

  @Test
  void aMatcherThatBreaksStillLetsTheTravelerOutAndStopsTheLane() throws IOException {
    LaneRig broken = new LaneRig("TAOYUAN-T2-D01", FRIDAY_MORNING, dir.resolve("broken"), 7,
        new org.egate.lane.biometric.FaceMatcher() {
          @Override
          public org.egate.lane.biometric.FaceAssessment assess(org.egate.lane.device.Frame frame) {
            return org.egate.lane.biometric.FaceAssessment.of(1, java.util.Set.of());
          }

          @Override
          public double compare(org.egate.lane.device.Frame frame, org.egate.border.biometric.BiometricTemplate t) {
            throw new IllegalStateException("model file corrupt");
          }
        });
    rig = broken;
    broken.server.enroll(LIN, "lin");

    Transaction t = walkUp(Visitor.with("lin", LIN).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.DEVICE_FAULT);
    assertThat(t.decision().evidence().fault()).hasValueSatisfying(f -> assertThat(f).contains("model file corrupt"));
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
    assertThat(rig.lane.state()).isEqualTo(OUT_OF_SERVICE);
  }

  @Test
  void anEnrolledFaceFromAnotherEngineIsSkippedAndTheFingerprintDecides() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enrollWith(LIN, "lin", org.egate.border.biometric.BiometricSet
        .faceAndFingers(org.egate.border.biometric.BiometricTemplate.face("thumbnail-face/1", new byte[] {1}),
            org.egate.lane.device.simulated.SimulatedTemplates.finger("lin",
                org.egate.border.biometric.FingerPosition.LEFT_INDEX)));

    Transaction t = walkUp(Visitor.with("lin", LIN).build());

    assertThat(t.decision().reason()).isEqualTo(ReasonCode.CLEARED);
    assertThat(t.decision().evidence().faceScores()).isEmpty();
    assertThat(t.decision().evidence().fault()).hasValueSatisfying(f -> assertThat(f).contains("thumbnail-face/1"));
  }

  @Test
  void withNothingTheLaneCanMatchAgainstNobodyPasses() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enrollWith(LIN, "lin", org.egate.border.biometric.BiometricSet
        .faceOnly(org.egate.border.biometric.BiometricTemplate.face("thumbnail-face/1", new byte[] {1})));

    Transaction t = walkUp(Visitor.with("lin", LIN).build());

    assertThat(t.decision().passed()).isFalse();
    assertThat(t.decision().reason()).isEqualTo(ReasonCode.NO_FINGERPRINT_ENROLLED);
    assertThat(rig.devices.exitDoor().isOpen()).isFalse();
    assertThat(rig.devices.scene().position()).hasValue(Scene.Position.RETURNED);
  }

  @Test
  void aDroppedFrameIsRetriedWithinTheCaptureBudget() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");
    rig.devices.camera().failNext(FaultKind.TIMEOUT);

    assertThat(walkUp(Visitor.with("lin", LIN).build()).decision().reason()).isEqualTo(ReasonCode.CLEARED);
  }

  @Test
  void theSameSeedGivesTheSameTimelineEveryRun() throws IOException {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING).server.enroll(LIN, "lin");
    Transaction first = walkUp(Visitor.with("lin", LIN).wearing(Accessory.MASK).build());
    rig.close();
    Path other = dir.resolve("again");
    rig = new LaneRig("TAOYUAN-T2-D01", FRIDAY_MORNING, other, 7);
    rig.server.enroll(LIN, "lin");
    Transaction second = walkUp(Visitor.with("lin", LIN).wearing(Accessory.MASK).build());

    assertThat(second.timeline()).isEqualTo(first.timeline());
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.decision().evidence().faceScores()).isEqualTo(first.decision().evidence().faceScores());
  }

  @Test
  void noDocumentMeansNoTransaction() {
    rig("TAOYUAN-T2-D01", FRIDAY_MORNING);
    assertThat(rig.lane.serveNext()).isEmpty();
    assertThat(rig.lane.state()).isEqualTo(IDLE);
  }
}
