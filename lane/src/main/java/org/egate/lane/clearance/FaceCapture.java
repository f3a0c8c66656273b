package org.egate.lane.clearance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.egate.border.clearance.CheckResult;
import org.egate.border.clearance.Step;
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
 * capture budget (BSI TR-03121: at most 7 s). Every frame is a {@code FACE_CAPTURE} check. Several
 * faces end the loop at once (tailgating).
 */
final class FaceCapture {

  /** How the loop ended: a usable frame, tailgating, or neither (the face is unusable). */
  record Result(Optional<Frame> usable, boolean tailgating) {}

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
    for (int frames = 0; frames < parameters.captureFrames() && time.now().isBefore(deadline); frames++) {
      Instant start = time.now();
      Frame frame;
      try {
        frame = camera.capture();
      } catch (DeviceFault fault) {
        if (fault.kind().takesLaneOutOfService()) {
          throw fault;
        }
        attempt.check(CheckResult.failed(Step.FACE_CAPTURE, ReasonCode.DEVICE_FAULT, attempt.since(start)));
        continue; // a dropped frame: the next one may come
      }
      FaceAssessment assessment = matcher.assess(frame);
      attempt.frame(new ArrayList<>(assessment.issues()));
      if (assessment.usable()) {
        attempt.check(CheckResult.passed(Step.FACE_CAPTURE, attempt.since(start)));
        return new Result(Optional.of(frame), false);
      }
      FaceIssue issue = assessment.firstIssue();
      attempt.check(CheckResult.failed(Step.FACE_CAPTURE, reasonFor(issue), attempt.since(start)));
      if (issue == FaceIssue.SEVERAL_FACES) {
        attempt.prompt(Prompt.ONE_PERSON_ONLY);
        return new Result(Optional.empty(), true);
      }
      Prompt prompt = issue.prompt().orElse(Prompt.LOOK_AT_CAMERA);
      if (prompt != lastPrompt || issue != FaceIssue.NO_FACE) {
        attempt.prompt(prompt);
        lastPrompt = prompt;
      }
      time.sleep(parameters.promptPause());
    }
    return new Result(Optional.empty(), false);
  }

  /** The reason an unusable frame gives, named after what made it unusable. */
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
