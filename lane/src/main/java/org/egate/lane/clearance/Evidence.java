package org.egate.lane.clearance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.MatchThresholds;
import org.egate.lane.device.Occupancy;
import org.egate.lane.device.Prompt;

/**
 * What the lane saw besides the domain's checks: the rule version the server applied, occupancy
 * readings, each frame's issues, every face and fingerprint score with the thresholds, the prompts
 * shown and any device fault. Kept with the crossing so an auditor can replay the reasoning.
 */
public record Evidence(
    Optional<String> ruleVersion,
    List<Occupancy> occupancy,
    List<List<FaceIssue>> frameIssues,
    List<Double> faceScores,
    List<FingerScore> fingerScores,
    MatchThresholds thresholds,
    List<Prompt> prompts,
    Optional<String> fault) {

  public Evidence {
    Objects.requireNonNull(ruleVersion, "ruleVersion");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(fault, "fault");
    occupancy = List.copyOf(occupancy);
    frameIssues = frameIssues.stream().map(List::copyOf).toList();
    faceScores = List.copyOf(faceScores);
    fingerScores = List.copyOf(fingerScores);
    prompts = List.copyOf(prompts);
  }

  public Optional<Double> bestFaceScore() {
    return faceScores.stream().max(Double::compare);
  }

  public Optional<FingerScore> bestFingerScore() {
    return fingerScores.stream().max((a, b) -> Double.compare(a.score(), b.score()));
  }
}
