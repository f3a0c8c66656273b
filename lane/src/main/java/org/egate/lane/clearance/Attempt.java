package org.egate.lane.clearance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.ClearanceDecision;
import org.egate.border.clearance.Step;
import org.egate.lane.TransactionId;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.device.Display;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.Prompt;
import org.egate.lane.time.LaneTime;

/**
 * What one transaction has gathered so far: the domain's check results (from which the decision is
 * derived) and the lane's own evidence (occupancy, frame issues, prompts, faults).
 */
final class Attempt {

  final TransactionId id;
  private final Display display;
  private final LaneTime time;
  Authorization.Granted granted;
  /** The step running now; a device fault is charged to it. */
  Step step = Step.DOCUMENT_READ;
  /** The entry door was opened for this attempt, so someone may be between the doors. */
  boolean entryOpened;
  String fault;
  private final List<CheckResult> checks = new ArrayList<>();
  private final List<Occupancy> occupancy = new ArrayList<>();
  private final List<List<FaceIssue>> frameIssues = new ArrayList<>();
  private final List<Double> faceScores = new ArrayList<>();
  private final List<FingerScore> fingerScores = new ArrayList<>();
  private final List<Prompt> prompts = new ArrayList<>();
  private String ruleVersion;

  Attempt(TransactionId id, Display display, LaneTime time) {
    this.id = id;
    this.display = display;
    this.time = time;
  }

  void prompt(Prompt prompt) {
    display.show(prompt);
    prompts.add(prompt);
  }

  /** Records a check; returns whether it passed. */
  boolean check(CheckResult result) {
    checks.add(result);
    return result.isPassed();
  }

  Instant now() {
    return time.now();
  }

  Duration since(Instant start) {
    return Duration.between(start, time.now());
  }

  Occupancy saw(Occupancy reading) {
    occupancy.add(reading);
    return reading;
  }

  void frame(List<FaceIssue> issues) {
    frameIssues.add(issues);
  }

  void faceScore(double score) {
    faceScores.add(score);
  }

  void fingerScore(FingerScore score) {
    fingerScores.add(score);
  }

  void answered(Authorization answer) {
    ruleVersion = answer.ruleVersion();
    if (answer instanceof Authorization.Granted g) {
      granted = g;
    }
  }

  List<CheckResult> checks() {
    return List.copyOf(checks);
  }

  /** Whether a face or fingerprint comparison passed. */
  boolean biometricPassed() {
    return checks.stream().anyMatch(c -> c.isPassed() && (c.step() == Step.FACE_MATCH || c.step() == Step.FINGER_MATCH));
  }

  /** The decision the checks give (the domain's derivation: fingerprint covers the face). */
  ClearanceDecision derivedDecision() {
    return ClearanceDecision.derivedFrom(checks);
  }

  Evidence evidence(MatchThresholds thresholds) {
    return new Evidence(Optional.ofNullable(ruleVersion), occupancy, frameIssues, faceScores, fingerScores, thresholds,
        prompts, Optional.ofNullable(fault));
  }
}
