package org.egate.lane.clearance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * faces end the loop at once (tailgating). Something worn is asked off at most
 * {@link LaneParameters#wornAsks()} times (decision 0160): a traveler asked that often who still
 * wears it will not or cannot take it off, and the fingerprint decides sooner.
 *
 * <p>Before the loop, {@link #lookAhead} looks once at the traveler at the reader, through the
 * opening entry door, so what is worn is asked off while the traveler walks in.
 */
final class FaceCapture {

  /** How the loop ended: a usable frame, tailgating, or neither (the face is unusable). */
  record Result(Optional<Frame> usable, boolean tailgating) {}

  /** What the look ahead asked off, and when (the traveler acts on it from then on). */
  record AskedAhead(Set<FaceIssue> worn, Instant at) {
    static final AskedAhead NOTHING = new AskedAhead(Set.of(), Instant.EPOCH);
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

  /**
   * One frame of the traveler at the reader, taken while the entry door opens (decision 0160):
   * sunglasses, a hat or a mask are asked off now, while the traveler walks in, not after the first
   * frame in the capture zone. Only what is worn counts here: at the reader the traveler looks down
   * at the document and others queue behind, so no face, a turned face or several faces say nothing
   * yet. No frame from here is ever matched, and a dropped frame is simply no look.
   *
   * @return what was asked off, and when
   */
  AskedAhead lookAhead(Attempt attempt) throws DeviceFault {
    Optional<Frame> frame = take();
    if (frame.isEmpty()) {
      return AskedAhead.NOTHING;
    }
    Set<FaceIssue> worn = EnumSet.noneOf(FaceIssue.class);
    matcher.assess(frame.get()).issues().stream().filter(FaceIssue::worn).forEach(worn::add);
    if (worn.isEmpty()) {
      return AskedAhead.NOTHING;
    }
    worn.forEach(issue -> attempt.prompt(issue.prompt().orElseThrow()));
    return new AskedAhead(Set.copyOf(worn), time.now());
  }

  /**
   * The capture loop, after the entry door has begun closing.
   *
   * @param ahead what {@link #lookAhead} asked off; each counts as one ask, and the first frame
   *     waits until the traveler has had {@link LaneParameters#promptPause()} to act on it
   */
  Result run(Attempt attempt, AskedAhead ahead) throws DeviceFault {
    Map<FaceIssue, Integer> asks = new EnumMap<>(FaceIssue.class);
    ahead.worn().forEach(issue -> asks.put(issue, 1));
    if (!ahead.worn().isEmpty()) {
      Instant acted = ahead.at().plus(parameters.promptPause());
      if (time.now().isBefore(acted)) {
        time.sleep(Duration.between(time.now(), acted));
      }
    }
    Instant deadline = time.now().plus(parameters.captureBudget());
    attempt.prompt(Prompt.LOOK_AT_CAMERA);
    Prompt lastPrompt = Prompt.LOOK_AT_CAMERA;
    for (int frames = 0; frames < parameters.captureFrames() && time.now().isBefore(deadline); frames++) {
      Instant start = time.now();
      Optional<Frame> taken = take();
      if (taken.isEmpty()) {
        attempt.check(CheckResult.failed(Step.FACE_CAPTURE, ReasonCode.DEVICE_FAULT, attempt.since(start)));
        continue; // a dropped frame: the next one may come
      }
      Frame frame = taken.get();
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
      if (issue.worn() && asks.merge(issue, 1, Integer::sum) > parameters.wornAsks()) {
        return new Result(Optional.empty(), false); // still worn after every ask: the fingerprint decides
      }
      Prompt prompt = issue.prompt().orElse(Prompt.LOOK_AT_CAMERA);
      if (prompt != lastPrompt || issue != FaceIssue.NO_FACE) {
        attempt.prompt(prompt);
        lastPrompt = prompt;
      }
      // Taking something off takes a moment; turning to the camera or a steadier frame less (0160).
      time.sleep(issue.worn() ? parameters.promptPause() : parameters.lookPause());
    }
    return new Result(Optional.empty(), false);
  }

  /** One frame; empty when it was dropped (a timeout or glitch: the next may come). A disconnect is thrown. */
  private Optional<Frame> take() throws DeviceFault {
    try {
      return Optional.of(camera.capture());
    } catch (DeviceFault fault) {
      if (fault.kind().takesLaneOutOfService()) {
        throw fault;
      }
      return Optional.empty();
    }
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
