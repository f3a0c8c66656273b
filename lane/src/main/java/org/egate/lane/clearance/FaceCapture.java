package org.egate.lane.clearance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.egate.border.reason.ReasonCode;
import org.egate.lane.biometric.FaceAssessment;
import org.egate.lane.biometric.FaceIssue;
import org.egate.lane.biometric.FaceMatcher;
import org.egate.lane.device.Camera;
import org.egate.lane.device.DeviceFault;
import org.egate.lane.device.Frame;
import org.egate.lane.device.Prompt;
import org.egate.lane.time.LaneTime;

/**
 * The capture loop: take a frame, judge it, tell the traveler what to fix, try again, within the
 * capture budget (BSI TR-03121: at most 7 s). Several faces end the loop at once (tailgating).
 */
final class FaceCapture {

  /** How the loop ended: a usable frame, or the reason the face could not be used. */
  record Result(Optional<Frame> usable, ReasonCode unusableReason) {

    static Result usable(Frame frame) {
      return new Result(Optional.of(frame), ReasonCode.CLEARED);
    }

    static Result unusable(ReasonCode reason) {
      return new Result(Optional.empty(), reason);
    }

    boolean tailgating() {
      return usable.isEmpty() && unusableReason == ReasonCode.MORE_THAN_ONE_PERSON;
    }
  }

  private final Camera camera;
  private final FaceMatcher matcher;
  private final LaneTime time;
  private final LaneParameters parameters;

  FaceCapture(Camera camera, FaceMatcher matcher, LaneTime time, LaneParameters parameters) {
    this.camera = camera;
    this.matcher = matcher;
    this.time = time;
    this.parameters = parameters;
  }

  Result run(Attempt attempt) throws DeviceFault {
    Instant deadline = time.now().plus(parameters.captureBudget());
    attempt.prompt(Prompt.LOOK_AT_CAMERA);
    Prompt lastPrompt = Prompt.LOOK_AT_CAMERA;
    FaceIssue lastIssue = FaceIssue.NO_FACE;
    for (int frames = 0; frames < parameters.captureFrames() && time.now().isBefore(deadline); frames++) {
      Frame frame;
      try {
        frame = camera.capture();
      } catch (DeviceFault fault) {
        if (fault.kind().takesLaneOutOfService()) {
          throw fault;
        }
        continue; // a dropped frame: the next one may come
      }
      FaceAssessment assessment = matcher.assess(frame);
      attempt.frame(new ArrayList<>(assessment.issues()));
      if (assessment.usable()) {
        return Result.usable(frame);
      }
      if (assessment.issues().contains(FaceIssue.SEVERAL_FACES)) {
        attempt.prompt(Prompt.ONE_PERSON_ONLY);
        return Result.unusable(ReasonCode.MORE_THAN_ONE_PERSON);
      }
      lastIssue = assessment.firstIssue();
      Prompt prompt = lastIssue.prompt().orElse(Prompt.LOOK_AT_CAMERA);
      if (prompt != lastPrompt || lastIssue != FaceIssue.NO_FACE) {
        attempt.prompt(prompt);
        lastPrompt = prompt;
      }
      time.sleep(parameters.promptPause());
    }
    return Result.unusable(reasonFor(lastIssue));
  }

  /** The reason a face that never became usable gives, named after what kept it unusable. */
  static ReasonCode reasonFor(FaceIssue issue) {
    return switch (issue) {
      case SUNGLASSES -> ReasonCode.OCCLUSION_SUNGLASSES;
      case HAT -> ReasonCode.OCCLUSION_HAT;
      case MASK -> ReasonCode.OCCLUSION_MASK;
      case NO_FACE -> ReasonCode.FACE_NOT_DETECTED;
      case SEVERAL_FACES -> ReasonCode.MORE_THAN_ONE_PERSON;
      case NOT_FRONTAL, POOR_IMAGE -> ReasonCode.FACE_QUALITY_TOO_LOW;
    };
  }
}
