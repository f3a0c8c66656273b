package org.egate.lane.clearance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.egate.lane.TransactionId;
import org.egate.lane.authorization.Authorization;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.device.Display;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.Prompt;

/** What one transaction has gathered so far; turned into {@link Evidence} at the decision. */
final class Attempt {

  final TransactionId id;
  private final Display display;
  Authorization.Granted granted;
  /** The entry door was opened for this attempt, so someone may be between the doors. */
  boolean entryOpened;
  String fault;
  private final List<Occupancy> occupancy = new ArrayList<>();
  private final List<List<FaceIssue>> frameIssues = new ArrayList<>();
  private final List<Double> faceScores = new ArrayList<>();
  private final List<FingerScore> fingerScores = new ArrayList<>();
  private final List<Prompt> prompts = new ArrayList<>();
  private String ruleVersion;

  Attempt(TransactionId id, Display display) {
    this.id = id;
    this.display = display;
  }

  void prompt(Prompt prompt) {
    display.show(prompt);
    prompts.add(prompt);
  }

  Occupancy saw(Occupancy reading) {
    occupancy.add(reading);
    return reading;
  }

  void frame(List<FaceIssue> issues) {
    frameIssues.add(issues);
  }

  double faceScore(double score) {
    faceScores.add(score);
    return score;
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

  Evidence evidence(MatchThresholds thresholds) {
    return new Evidence(Optional.ofNullable(granted).map(Authorization.Granted::reference),
        Optional.ofNullable(ruleVersion), occupancy, frameIssues, faceScores, fingerScores, thresholds, prompts,
        Optional.ofNullable(fault));
  }
}
